// _random: the C half of the random module — class Random, a Mersenne
// Twister (MT19937) exactly as CPython's Modules/_randommodule.c, so that
// random.seed(n) gives CPython's sequences: init_by_array seeding from the
// absolute value of an int split into 32-bit words (least significant
// first), or from hash() of any other seed; random() from two 32-bit outputs
// with 53 bits of resolution; getrandbits() from whole 32-bit words.
//
// The generator is the one by Takuji Nishimura and Makoto Matsumoto
// (MT19937, initialization improved 2002/1/26), under its BSD-style licence:
// Copyright (C) 1997 - 2002, Makoto Matsumoto and Takuji Nishimura, All
// rights reserved. Redistribution and use in source and binary forms, with or
// without modification, are permitted provided that the copyright notice,
// this list of conditions and the disclaimer are retained, and that the names
// of its contributors are not used to endorse or promote derived products
// without specific prior written permission. THIS SOFTWARE IS PROVIDED BY THE
// COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED
// WARRANTIES ARE DISCLAIMED.
#include <cstdint>
#include <vector>

#include "python/modules/module_list.hpp"
#include "python/numeric/bigint.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/float.hpp"
#include "python/objects/int.hpp"
#include "python/objects/module.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

// Period parameters of MT19937.
constexpr int kN = 624;
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfU;   // constant vector a
constexpr uint32_t kUpperMask = 0x80000000U; // most significant w-r bits
constexpr uint32_t kLowerMask = 0x7fffffffU; // least significant r bits

/// An instance of _random.Random: the generator's state.
struct RandomObject : Object {
  /// Next word of `state` to temper; kN means "generate the next block first".
  int index;
  uint32_t state[kN];
};

RandomObject* as_random(Value v) { return static_cast<RandomObject*>(v.as_object()); }

/// The next 32-bit output (genrand_uint32).
uint32_t genrand_uint32(RandomObject* self) {
  static constexpr uint32_t mag01[2] = {0x0U, kMatrixA};
  uint32_t* mt = self->state;
  uint32_t y;
  if (self->index >= kN) {
    int kk;
    for (kk = 0; kk < kN - kM; kk++) {
      y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
      mt[kk] = mt[kk + kM] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < kN - 1; kk++) {
      y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
      mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (mt[kN - 1] & kUpperMask) | (mt[0] & kLowerMask);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    self->index = 0;
  }
  y = mt[self->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

/// Initializes the state from one word.
void init_genrand(RandomObject* self, uint32_t s) {
  uint32_t* mt = self->state;
  mt[0] = s;
  for (int i = 1; i < kN; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + uint32_t(i);
  self->index = kN;
}

/// Initializes the state from an array of words (at least one).
void init_by_array(RandomObject* self, const uint32_t* key, size_t key_length) {
  uint32_t* mt = self->state;
  init_genrand(self, 19650218U);
  size_t i = 1, j = 0;
  for (size_t k = kN > key_length ? kN : key_length; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + uint32_t(j);
    i++;
    j++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (size_t k = kN - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - uint32_t(i);
    i++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U; // MSB is 1, assuring a non-zero initial array
}

/// The key of the seeding counter in VM::module_state (it stands in for the process id).
constexpr const char* kSeedCountKey = "_random.seed_count";

/// Seeding without a seed: CPython reads os.urandom, falling back on the time
/// and the process id. The host offers no entropy, so this uses its wall and
/// monotonic clocks and a per-VM count of such seedings (two generators made
/// at the same instant still differ).
void seed_from_time(VM& vm, RandomObject* self) {
  auto wall = int64_t(vm.host().wall_time() * 1e9);
  auto mono = int64_t(vm.host().monotonic() * 1e9);
  auto count = vm.module_state.try_emplace(kSeedCountKey, Value::small_int(0)).first;
  int64_t n = count->second.as_small_int() + 1;
  count->second = Value::small_int(n);
  uint32_t key[5] = {uint32_t(wall), uint32_t(uint64_t(wall) >> 32), uint32_t(n), uint32_t(mono),
                     uint32_t(uint64_t(mono) >> 32)};
  init_by_array(self, key, 5);
}

/// random_seed: None seeds from the clock; an int by its absolute value; any
/// other object by its hash taken as an unsigned 64-bit number.
bool random_seed(VM& vm, RandomObject* self, Value arg) {
  if (arg.is_null() || arg.is_none()) {
    seed_from_time(vm, self);
    return true;
  }
  num::BigInt n;
  if (is_int(vm, arg)) {
    n = int_to_bigint(arg).abs();
  } else {
    int64_t h = hash(vm, arg);
    if (h == -1 && error_pending(vm)) return false;
    n = num::BigInt::from_uint64(uint64_t(h));
  }
  const auto& limbs = n.magnitude(); // 32-bit words, least significant first
  uint32_t zero = 0;
  if (limbs.empty()) {
    init_by_array(self, &zero, 1);
  } else {
    init_by_array(self, limbs.data(), limbs.size());
  }
  return true;
}

void random_dealloc(Object* o) { o->type->vm->free_object(o, object_size(o)); }

/// Random.__new__: an unseeded generator (Random.__init__ seeds it).
Value random_new(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  auto* self = vm.allocate<RandomObject>(type);
  if (!self) return {};
  self->index = kN;
  return Value::object(self);
}

/// Random.__init__(seed=None), which a Python subclass normally replaces.
bool random_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size && vm.type_of(self)->init == random_init) {
    raise(vm, vm.exc.TypeError, "Random() takes no keyword arguments");
    return false;
  }
  if (nargs > 1) {
    raise(vm, vm.exc.TypeError, "Random() requires 0 or 1 argument");
    return false;
  }
  return random_seed(vm, as_random(self), nargs ? args[0] : Value());
}

/// random() -> x in the interval [0, 1): 27 + 26 random bits over 2**53.
Value random_random(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "random", nargs - 1, kw, 0, 0)) return {};
  RandomObject* self = as_random(args[0]);
  uint32_t a = genrand_uint32(self) >> 5, b = genrand_uint32(self) >> 6;
  return float_new(vm, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Value random_seed_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "seed", nargs - 1, kw, 0, 1)) return {};
  if (!random_seed(vm, as_random(args[0]), nargs > 1 ? args[1] : Value())) return {};
  return Value::none();
}

/// getstate() -> the 624 state words and the index, as a tuple of ints.
Value random_getstate(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "getstate", nargs - 1, kw, 0, 0)) return {};
  RandomObject* self = as_random(args[0]);
  Tuple* t = tuple_alloc(vm, kN + 1);
  if (!t) return {};
  for (int i = 0; i < kN; i++) t->items()[i] = Value::small_int(self->state[i]);
  t->items()[kN] = Value::small_int(self->index);
  return Value::object(t);
}

/// One state word of setstate(): PyLong_AsUnsignedLong, truncated to 32 bits.
bool state_word(VM& vm, Value v, uint32_t* out) {
  if (!is_int(vm, v)) {
    raise(vm, vm.exc.TypeError, "an integer is required");
    return false;
  }
  num::BigInt n = int_to_bigint(v);
  if (n.is_negative()) {
    raise(vm, vm.exc.OverflowError, "can't convert negative value to unsigned int");
    return false;
  }
  if (n.bit_length() > 64) {
    raise(vm, vm.exc.OverflowError, "Python int too large to convert to C unsigned long");
    return false;
  }
  *out = uint32_t(n.low_bits64());
  return true;
}

/// setstate(state): restores what getstate() returned.
Value random_setstate(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "setstate", nargs - 1, kw, 1, 1)) return {};
  Value state = args[1];
  if (!is_instance(vm, state, vm.types.tuple)) {
    return raise(vm, vm.exc.TypeError, "state vector must be a tuple");
  }
  auto* t = static_cast<Tuple*>(state.as_object());
  if (t->size != kN + 1) return raise(vm, vm.exc.ValueError, "state vector is the wrong size");
  uint32_t words[kN];
  for (int i = 0; i < kN; i++) {
    if (!state_word(vm, t->item(size_t(i)), &words[i])) return {};
  }
  Ref index_value = Ref::steal(index(vm, t->item(kN)));
  if (!index_value) return {};
  int64_t idx;
  if (!int_to_int64(*index_value, &idx)) {
    return raise(vm, vm.exc.OverflowError, "Python int too large to convert to C long");
  }
  if (idx < 0 || idx > kN) return raise(vm, vm.exc.ValueError, "invalid state");
  RandomObject* self = as_random(args[0]);
  self->index = int(idx);
  for (int i = 0; i < kN; i++) self->state[i] = words[i];
  return Value::none();
}

/// getrandbits(k) -> an int with k random bits, filled 32 bits at a time from
/// the least significant word (the last word keeps its top bits).
Value random_getrandbits(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "getrandbits", nargs - 1, kw, 1, 1)) return {};
  Ref bits = Ref::steal(index(vm, args[1]));
  if (!bits) return {};
  int64_t k;
  if (!int_to_int64(*bits, &k) || k > INT32_MAX || k < INT32_MIN) {
    return raise(vm, vm.exc.OverflowError, "Python int too large to convert to C int");
  }
  if (k < 0) return raise(vm, vm.exc.ValueError, "number of bits must be non-negative");
  RandomObject* self = as_random(args[0]);
  if (k == 0) return Value::small_int(0);
  if (k <= 32) return Value::small_int(genrand_uint32(self) >> (32 - k));
  num::detail::LimbVector words(size_t((k - 1) / 32 + 1));
  for (size_t i = 0; i < words.size(); i++, k -= 32) {
    uint32_t r = genrand_uint32(self);
    if (k < 32) r >>= (32 - k); // drop the least significant bits
    words[i] = r;
  }
  return int_from_bigint(vm, num::BigInt::from_magnitude(std::move(words), false));
}

} // namespace

Value init_module__random(VM& vm) {
  Value m = module_new(vm, "_random");
  if (m.is_null()) return {};
  Type* t = new_builtin_type(vm, "Random", vm.types.object, sizeof(RandomObject));
  t->dealloc = random_dealloc;
  t->new_ = random_new;
  t->init = random_init;
  add_methods(vm, t,
              {{"random", random_random},
               {"seed", random_seed_method},
               {"getstate", random_getstate},
               {"setstate", random_setstate},
               {"getrandbits", random_getrandbits}});
  dict_set_str(vm, t->dict, vm.names.module, Value::object(str_intern(vm, "_random")));
  finish_builtin_type(vm, t);
  module_add(vm, static_cast<Module*>(m.as_object()), "Random", newref(Value::object(t)));
  return m;
}

} // namespace py
