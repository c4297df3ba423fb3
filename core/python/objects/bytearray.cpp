// bytearray: the mutable byte string. Reading methods are shared with bytes
// (bytes_methods.cpp, bytes_text.cpp); this file has construction, repr,
// item and slice assignment and deletion, and the mutating methods.
#include <algorithm>
#include <cstring>
#include <string>

#include "python/objects/bytes.hpp"
#include "python/objects/bytes_methods.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/sequence.hpp"
#include "python/objects/slice.hpp"
#include "python/objects/str.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

ByteArray* as_bytearray(Value v) { return static_cast<ByteArray*>(v.as_object()); }

/// Replaces bytes [lo, hi) with `data` (which must not point into b).
bool splice(VM& vm, ByteArray* b, size_t lo, size_t hi, std::string_view data) {
  size_t size = b->size - (hi - lo) + data.size();
  if (!bytearray_reserve(vm, b, size)) return false;
  if (b->size > hi) std::memmove(b->items + lo + data.size(), b->items + hi, b->size - hi);
  if (!data.empty()) std::memcpy(b->items + lo, data.data(), data.size());
  b->size = size;
  return true;
}

void bytearray_dealloc(Object* o) {
  auto* b = static_cast<ByteArray*>(o);
  VM* vm = o->type->vm;
  if (b->items) vm->heap().release(b->items, b->capacity);
  vm->free_object(o, object_size(o));
}

Value bytearray_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* b = vm.allocate<ByteArray>(type);
  return b ? Value::object(b) : Value();
}

/// bytearray(source=b'', encoding=…, errors=…): (re)fills the array.
bool bytearray_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("bytearray(source=b'', encoding='utf-8', errors='strict')");
  Value a[3];
  if (!sig.bind(vm, args, nargs, kwnames, a)) return false;
  std::string data;
  if (!bytes_from_source(vm, a[0], a[1], a[2], "bytearray", &data)) return false;
  ByteArray* b = as_bytearray(self);
  return splice(vm, b, 0, b->size, data);
}

Value bytearray_repr(VM& vm, Value self) {
  std::string out(type_name(vm, self));
  out += '(';
  out += bytes_repr_text(bytearray_view(as_bytearray(self)));
  out += ')';
  return str_new(vm, out);
}

int64_t bytearray_hash(VM& vm, Value self) {
  raise(vm, vm.exc.TypeError, cat("unhashable type: '", type_name(vm, self), "'"));
  return -1;
}

/// The bytes assigned to a slice: bytes-like, or an iterable of ints.
bool assigned_bytes(VM& vm, Value v, std::string* out) {
  std::string_view data;
  if (bytes_like_view(vm, v, &data)) {
    out->assign(data);
    return true;
  }
  if (is_str(v) || is_index_like(vm, v)) {
    raise(vm, vm.exc.TypeError,
          "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  return bytes_from_source(vm, v, Value(), Value(), "bytearray", out);
}

/// An item index of self (IndexError "bytearray index out of range").
bool item_index(VM& vm, ByteArray* b, Value key, int64_t* i) {
  if (!ssize_arg(vm, key, i)) return false;
  if (!normalize_index(i, int64_t(b->size))) {
    raise(vm, vm.exc.IndexError, "bytearray index out of range");
    return false;
  }
  return true;
}

/// b[key] = v (v null: del b[key]).
bool assign_subscript(VM& vm, Value self, Value key, Value v) {
  ByteArray* b = as_bytearray(self);
  if (vm.type_of(key) != vm.types.slice) {
    if (!is_index_like(vm, key)) {
      bad_subscript(vm, "bytearray", key);
      return false;
    }
    uint8_t byte = 0;
    if (!v.is_null() && !byte_value_arg(vm, v, &byte)) return false;
    int64_t i;
    if (!item_index(vm, b, key, &i)) return false;
    if (v.is_null()) return splice(vm, b, size_t(i), size_t(i) + 1, {});
    b->items[i] = byte;
    return true;
  }
  std::string data;
  if (!v.is_null() && !assigned_bytes(vm, v, &data)) return false;
  int64_t start, stop, step;
  if (!slice_unpack(vm, static_cast<Slice*>(key.as_object()), &start, &stop, &step)) return false;
  int64_t count = slice_adjust(int64_t(b->size), &start, &stop, step);
  if (step == 1) return splice(vm, b, size_t(start), size_t(std::max(start, stop)), data);
  if (v.is_null()) {
    // Deletes every step-th byte: compact the survivors in one pass.
    if (step < 0) {
      start += step * (count - 1);
      step = -step;
    }
    size_t write = size_t(start);
    for (size_t read = size_t(start), k = 0; read < b->size; ++read) {
      if (k < size_t(count) && read == size_t(start) + k * size_t(step)) {
        ++k;
        continue;
      }
      b->items[write++] = b->items[read];
    }
    b->size = write;
    return true;
  }
  if (int64_t(data.size()) != count) {
    raise(
        vm, vm.exc.ValueError,
        cat("attempt to assign bytes of size ", data.size(), " to extended slice of size ", count));
    return false;
  }
  for (int64_t k = 0, j = start; k < count; ++k, j += step) b->items[j] = uint8_t(data[size_t(k)]);
  return true;
}

Value bytearray_setitem(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__setitem__", nargs - 1, kw, 2, 2)) return {};
  if (!assign_subscript(vm, args[0], args[1], args[2])) return {};
  return Value::none();
}

Value bytearray_delitem(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__delitem__", nargs - 1, kw, 1, 1)) return {};
  if (!assign_subscript(vm, args[0], args[1], Value())) return {};
  return Value::none();
}

Value bytearray_iadd(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__iadd__", nargs - 1, kw, 1, 1)) return {};
  std::string_view data;
  if (!bytes_like_view(vm, args[1], &data)) {
    return raise(vm, vm.exc.TypeError,
                 cat("can't concat ", type_name(vm, args[1]), " to ", type_name(vm, args[0])));
  }
  ByteArray* b = as_bytearray(args[0]);
  std::string copy(data);
  if (!splice(vm, b, b->size, b->size, copy)) return {};
  return newref(args[0]);
}

Value bytearray_imul(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__imul__", nargs - 1, kw, 1, 1)) return {};
  int64_t n;
  if (!repeat_count(vm, args[1], &n)) return error_pending(vm) ? Value() : Value::not_implemented();
  ByteArray* b = as_bytearray(args[0]);
  if (n <= 0 || b->size == 0) {
    b->size = 0;
    return newref(args[0]);
  }
  if (!repeat_fits(vm, b->size, n)) return {};
  size_t size = b->size;
  if (!bytearray_reserve(vm, b, size * size_t(n))) return {};
  for (int64_t k = 1; k < n; ++k) std::memcpy(b->items + size * size_t(k), b->items, size);
  b->size = size * size_t(n);
  return newref(args[0]);
}

Value bytearray_append(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "bytearray.append", nargs - 1, kw, 1, 1)) return {};
  uint8_t byte;
  if (!byte_value_arg(vm, args[1], &byte)) return {};
  ByteArray* b = as_bytearray(args[0]);
  if (!bytearray_reserve(vm, b, b->size + 1)) return {};
  b->items[b->size++] = byte;
  return Value::none();
}

Value bytearray_extend(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "bytearray.extend", nargs - 1, kw, 1, 1)) return {};
  std::string data;
  std::string_view view;
  if (bytes_like_view(vm, args[1], &view)) {
    data.assign(view);
  } else if (!is_iterable_for_bytes(vm, args[1])) {
    return raise(vm, vm.exc.TypeError, cat("can't extend bytearray with ", type_name(vm, args[1])));
  } else if (!bytes_from_iterable(vm, args[1], &data)) {
    return {};
  }
  ByteArray* b = as_bytearray(args[0]);
  if (!splice(vm, b, b->size, b->size, data)) return {};
  return Value::none();
}

Value bytearray_insert(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "insert", nargs - 1, kw, 2, 2)) return {};
  int64_t i;
  if (!ssize_arg(vm, args[1], &i)) return {};
  uint8_t byte;
  if (!byte_value_arg(vm, args[2], &byte)) return {};
  ByteArray* b = as_bytearray(args[0]);
  auto n = int64_t(b->size);
  if (i < 0) i = std::max<int64_t>(i + n, 0);
  if (i > n) i = n;
  char c = char(byte);
  if (!splice(vm, b, size_t(i), size_t(i), std::string_view(&c, 1))) return {};
  return Value::none();
}

Value bytearray_pop(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "pop", nargs - 1, kw, 0, 1)) return {};
  int64_t i = -1;
  if (nargs > 1 && !ssize_arg(vm, args[1], &i)) return {};
  ByteArray* b = as_bytearray(args[0]);
  if (b->size == 0) return raise(vm, vm.exc.IndexError, "pop from empty bytearray");
  if (!normalize_index(&i, int64_t(b->size))) {
    return raise(vm, vm.exc.IndexError, "pop index out of range");
  }
  uint8_t byte = b->items[i];
  splice(vm, b, size_t(i), size_t(i) + 1, {});
  return Value::small_int(byte);
}

Value bytearray_remove(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "bytearray.remove", nargs - 1, kw, 1, 1)) return {};
  uint8_t byte;
  if (!byte_value_arg(vm, args[1], &byte)) return {};
  ByteArray* b = as_bytearray(args[0]);
  auto* at = static_cast<uint8_t*>(std::memchr(b->items, byte, b->size));
  if (!at) return raise(vm, vm.exc.ValueError, "value not found in bytearray");
  splice(vm, b, size_t(at - b->items), size_t(at - b->items) + 1, {});
  return Value::none();
}

Value bytearray_clear(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "bytearray.clear", nargs - 1, kw, 0, 0)) return {};
  as_bytearray(args[0])->size = 0;
  return Value::none();
}

Value bytearray_copy(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "bytearray.copy", nargs - 1, kw, 0, 0)) return {};
  return bytearray_new(vm, bytearray_view(as_bytearray(args[0])));
}

Value bytearray_reverse(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "bytearray.reverse", nargs - 1, kw, 0, 0)) return {};
  ByteArray* b = as_bytearray(args[0]);
  std::reverse(b->items, b->items + b->size);
  return Value::none();
}

Value bytearray_alloc(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "bytearray.__alloc__", nargs - 1, kw, 0, 0)) return {};
  ByteArray* b = as_bytearray(args[0]);
  return Value::small_int(int64_t(b->capacity > b->size ? b->capacity : b->size + 1));
}

} // namespace

void init_bytearray_type(VM& vm) {
  Type* t = vm.types.bytearray = new_builtin_type(vm, "bytearray", vm.types.object,
                                                  sizeof(ByteArray), kBaseType | kBytesSubclass);
  t->dealloc = bytearray_dealloc;
  t->repr = bytearray_repr;
  t->str = bytearray_repr;
  t->hash = bytearray_hash;
  t->compare = bytes_compare;
  t->iter = bytes_iter;
  t->new_ = bytearray_new_slot;
  t->init = bytearray_init;
  add_methods(vm, t,
              {{"__setitem__", bytearray_setitem},
               {"__delitem__", bytearray_delitem},
               {"__iadd__", bytearray_iadd},
               {"__imul__", bytearray_imul},
               {"__alloc__", bytearray_alloc},
               {"append", bytearray_append},
               {"extend", bytearray_extend},
               {"insert", bytearray_insert},
               {"pop", bytearray_pop},
               {"remove", bytearray_remove},
               {"clear", bytearray_clear},
               {"copy", bytearray_copy},
               {"reverse", bytearray_reverse}});
  add_bytes_common_methods(vm, t);
  add_bytes_text_methods(vm, t);
  // bytearray.__hash__ is None: bytearrays are unhashable.
  dict_set_str(vm, t->dict, vm.names.hash, Value::none());
  finish_builtin_type(vm, t);
}

} // namespace py
