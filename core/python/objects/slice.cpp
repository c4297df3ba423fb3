// slice: the slice type (construction, repr, comparison, indices()) and the
// resolution of a slice against a sequence length that every sequence uses.
#include "python/objects/slice.hpp"

#include <limits>

#include "python/objects/dict.hpp"
#include "python/objects/init.hpp"
#include "python/objects/int.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/sequence.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

Value slice_new(VM& vm, Value start, Value stop, Value step) {
  Slice* s = vm.allocate<Slice>(vm.types.slice);
  if (!s) return {};
  s->start = newref(start);
  s->stop = newref(stop);
  s->step = newref(step);
  return Value::object(s);
}

bool slice_unpack(VM& vm, Slice* slice, int64_t* start, int64_t* stop, int64_t* step) {
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  // The step first: the defaults of the bounds depend on its sign.
  int64_t st = 1;
  if (!slice->step.is_none()) {
    if (!clamped_index_arg(vm, slice->step, &st, true)) return false;
    if (st == 0) {
      raise(vm, vm.exc.ValueError, "slice step cannot be zero");
      return false;
    }
    if (st < -kMax) st = -kMax;
  }
  *step = st;
  *start = st < 0 ? kMax : 0;
  *stop = st < 0 ? std::numeric_limits<int64_t>::min() : kMax;
  if (!slice->start.is_none() && !clamped_index_arg(vm, slice->start, start, true)) return false;
  return slice->stop.is_none() || clamped_index_arg(vm, slice->stop, stop, true);
}

int64_t slice_adjust(int64_t length, int64_t* start, int64_t* stop, int64_t step) {
  auto adjust = [&](int64_t* bound) {
    if (*bound < 0) {
      *bound += length;
      if (*bound < 0) *bound = step < 0 ? -1 : 0;
    } else if (*bound >= length) {
      *bound = step < 0 ? length - 1 : length;
    }
  };
  adjust(start);
  adjust(stop);
  if (step < 0) return *stop < *start ? (*start - *stop - 1) / -step + 1 : 0;
  return *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
}

bool slice_indices(VM& vm, Slice* slice, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* count) {
  if (!slice_unpack(vm, slice, start, stop, step)) return false;
  *count = slice_adjust(length, start, stop, *step);
  return true;
}

namespace {

/// A bound of a slice as an int of any size (CPython's evaluate_slice_index).
bool long_bound(VM& vm, Value v, num::BigInt* out) {
  if (!is_index_like(vm, v)) {
    raise(vm, vm.exc.TypeError,
          "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Ref i = Ref::steal(index(vm, v));
  if (!i) return false;
  *out = int_to_bigint(*i);
  return true;
}

} // namespace

bool slice_long_indices(VM& vm, Slice* slice, const num::BigInt& length, num::BigInt* start,
                        num::BigInt* stop, num::BigInt* step) {
  *step = num::BigInt(1);
  if (!slice->step.is_none()) {
    if (!long_bound(vm, slice->step, step)) return false;
    if (step->is_zero()) {
      raise(vm, vm.exc.ValueError, "slice step cannot be zero");
      return false;
    }
  }
  bool backwards = step->is_negative();
  num::BigInt lower(backwards ? -1 : 0);
  num::BigInt upper = backwards ? length - num::BigInt(1) : length;
  auto resolve = [&](Value v, num::BigInt* out, const num::BigInt& otherwise) {
    if (v.is_none()) {
      *out = otherwise;
      return true;
    }
    if (!long_bound(vm, v, out)) return false;
    if (out->is_negative()) {
      *out += length;
      if (*out < lower) *out = lower;
    } else if (*out > upper) {
      *out = upper;
    }
    return true;
  };
  return resolve(slice->start, start, backwards ? upper : lower) &&
         resolve(slice->stop, stop, backwards ? lower : upper);
}

namespace {

Slice* as_slice(Value v) { return static_cast<Slice*>(v.as_object()); }

void slice_dealloc(Object* o) {
  auto* s = static_cast<Slice*>(o);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
  o->type->vm->free_object(o, object_size(o));
}

/// slice(stop) / slice(start, stop[, step]).
Value slice_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "slice", nargs, kwnames, 1, 3)) return {};
  if (nargs == 1) return slice_new(vm, Value::none(), args[0], Value::none());
  return slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : Value::none());
}

Value slice_repr(VM& vm, Value self) {
  Slice* s = as_slice(self);
  std::string out = "slice(";
  Value parts[3] = {s->start, s->stop, s->step};
  for (int i = 0; i < 3; ++i) {
    Ref r = Ref::steal(repr(vm, parts[i]));
    if (!r) return {};
    if (i) out += ", ";
    out += r.as<Str>()->view();
  }
  out += ')';
  return str_new(vm, out);
}

/// Slices compare like the tuples (start, stop, step).
Value slice_compare(VM& vm, Value self, Value other, CompareOp op) {
  if (vm.type_of(other) != vm.types.slice) return Value::not_implemented();
  if (self == other) {
    return Value::boolean(op == CompareOp::eq || op == CompareOp::le || op == CompareOp::ge);
  }
  Slice* a = as_slice(self);
  Slice* b = as_slice(other);
  Ref ta = Ref::steal(tuple_of(vm, {a->start, a->stop, a->step}));
  if (!ta) return {};
  Ref tb = Ref::steal(tuple_of(vm, {b->start, b->stop, b->step}));
  if (!tb) return {};
  return compare(vm, *ta, *tb, op);
}

/// Slices are unhashable in 3.11.
int64_t slice_hash(VM& vm, Value self) {
  raise(vm, vm.exc.TypeError, "unhashable type: 'slice'");
  return -1;
}

/// slice.indices(length) -> (start, stop, step) for a sequence of that length.
Value slice_indices_method(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "slice.indices", nargs - 1, kwnames, 1, 1)) return {};
  Ref length = Ref::steal(index(vm, args[1]));
  if (!length) return {};
  num::BigInt n = int_to_bigint(*length);
  if (n.is_negative()) return raise(vm, vm.exc.ValueError, "length should not be negative");
  num::BigInt start, stop, step;
  if (!slice_long_indices(vm, as_slice(args[0]), n, &start, &stop, &step)) return {};
  Ref parts[3] = {Ref::steal(int_from_bigint(vm, std::move(start))),
                  Ref::steal(int_from_bigint(vm, std::move(stop))),
                  Ref::steal(int_from_bigint(vm, std::move(step)))};
  for (const Ref& p : parts) {
    if (!p) return {};
  }
  return tuple_of(vm, {*parts[0], *parts[1], *parts[2]});
}

} // namespace

void init_slice_type(VM& vm) {
  Type* t = vm.types.slice = new_builtin_type(vm, "slice", vm.types.object, sizeof(Slice), 0);
  t->dealloc = slice_dealloc;
  t->repr = slice_repr;
  t->compare = slice_compare;
  t->hash = slice_hash;
  t->new_ = slice_new_slot;
  add_methods(vm, t, {{"indices", slice_indices_method}});
  add_getsets(vm, t,
              {{"start", get_value_field<Slice, &Slice::start>},
               {"stop", get_value_field<Slice, &Slice::stop>},
               {"step", get_value_field<Slice, &Slice::step>}});
  // slice.__hash__ is None, as for every unhashable built-in type.
  dict_set_str(vm, t->dict, vm.names.hash, Value::none());
  finish_builtin_type(vm, t);
}

} // namespace py
