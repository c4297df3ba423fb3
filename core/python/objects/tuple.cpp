// tuple: allocation, and the tuple type — construction (subclasses such as
// namedtuple classes included), repr, CPython's xxHash-based hash,
// comparison, indexing and slicing, and the sequence operators.
#include "python/objects/tuple.hpp"

#include <cstring>

#include "python/objects/generic_alias.hpp"
#include "python/objects/init.hpp"
#include "python/objects/int.hpp"
#include "python/objects/iterators.hpp"
#include "python/objects/list.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/sequence.hpp"
#include "python/objects/slice.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/recursion.hpp"
#include "python/vm/vm.hpp"

namespace py {

Tuple* tuple_alloc(VM& vm, size_t size) {
  if (size == 0 && vm.empty_tuple) {
    incref(vm.empty_tuple);
    return vm.empty_tuple;
  }
  if (size > vm.options().memory_limit) {
    raise_memory_error(vm);
    return nullptr;
  }
  Tuple* t = vm.allocate<Tuple>(vm.types.tuple, size * sizeof(Value));
  if (!t) return nullptr;
  t->size = size;
  return t;
}

Value tuple_new(VM& vm, const Value* items, size_t size) {
  Tuple* t = tuple_alloc(vm, size);
  if (!t) return {};
  for (size_t i = 0; i < size; ++i) t->items()[i] = newref(items[i]);
  return Value::object(t);
}

Value tuple_of(VM& vm, std::initializer_list<Value> items) {
  return tuple_new(vm, items.begin(), items.size());
}

Value tuple_empty(VM& vm) { return newref(Value::object(vm.empty_tuple)); }

Value tuple_from_iterable(VM& vm, Value iterable) {
  Type* t = vm.type_of(iterable);
  if (t == vm.types.tuple) return newref(iterable);
  if (t == vm.types.list) {
    auto* l = static_cast<List*>(iterable.as_object());
    return tuple_new(vm, l->items, l->size);
  }
  Ref items = Ref::steal(list_from_iterable(vm, iterable));
  if (!items) return {};
  auto* l = items.as<List>();
  Tuple* result = tuple_alloc(vm, l->size);
  if (!result) return {};
  // The list is private: move its references instead of copying them.
  if (l->size) std::memcpy(result->items(), l->items, l->size * sizeof(Value));
  l->size = 0;
  return Value::object(result);
}

namespace {

Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.as_object()); }

/// A SeqView over a tuple (whose items never move).
struct TupleView {
  explicit TupleView(Value v) : items(as_tuple(v)->items()), size(as_tuple(v)->size) {}
  Value* items;
  size_t size;
  SeqView view() const { return {&items, &size}; }
};

size_t tuple_var_size(const Object* o) {
  return static_cast<const Tuple*>(o)->size * sizeof(Value);
}

void tuple_dealloc(Object* o) {
  auto* t = static_cast<Tuple*>(o);
  for (size_t i = 0; i < t->size; ++i) decref(t->items()[i]);
  o->type->vm->free_object(o, object_size(o));
}

/// tuple(iterable=()): the exact type shares the iterable when it is a tuple;
/// a subclass gets a fresh instance of its own type with the same items.
Value tuple_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  bool plain_init = type == vm.types.tuple || type->init == vm.types.tuple->init;
  if (!check_arity(vm, "tuple", nargs, plain_init ? kwnames : nullptr, 0, 1)) return {};
  Ref items = Ref::steal(nargs ? tuple_from_iterable(vm, args[0]) : tuple_empty(vm));
  if (!items || type == vm.types.tuple) return items.release();
  Tuple* src = items.as<Tuple>();
  Tuple* t = vm.allocate<Tuple>(type, src->size * sizeof(Value));
  if (!t) return {};
  t->size = src->size;
  for (size_t i = 0; i < src->size; ++i) t->items()[i] = newref(src->item(i));
  return Value::object(t);
}

Value tuple_repr(VM& vm, Value self) {
  TupleView v(self);
  return sequence_repr(vm, self.as_object(), v.view(), '(', ')');
}

/// CPython's tuplehash (xxHash's mixing): set and dict orders of tuples depend on it.
int64_t tuple_hash(VM& vm, Value self) {
  constexpr uint64_t kPrime1 = 11400714785074694791ull;
  constexpr uint64_t kPrime2 = 14029467366897019727ull;
  constexpr uint64_t kPrime5 = 2870177450012600261ull;
  // Nested tuples hash recursively: bounded like Python calls, to keep the
  // (wasm) stack safe.
  RecursionGuard guard(vm, " while hashing a tuple");
  if (!guard) return -1;
  Tuple* t = as_tuple(self);
  uint64_t acc = kPrime5;
  for (size_t i = 0; i < t->size; ++i) {
    int64_t lane = hash(vm, t->item(i));
    if (lane == -1 && error_pending(vm)) return -1;
    acc += uint64_t(lane) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += t->size ^ (kPrime5 ^ 3527539ull);
  if (acc == uint64_t(-1)) return 1546275796;
  return int64_t(acc);
}

Value tuple_compare(VM& vm, Value self, Value other, CompareOp op) {
  if (!is_instance(vm, other, vm.types.tuple)) return Value::not_implemented();
  TupleView a(self), b(other);
  return sequence_compare(vm, a.view(), b.view(), op);
}

Value tuple_iter(VM& vm, Value self) { return tuple_iterator_new(vm, self); }

Value tuple_len(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "tuple.__len__", nargs - 1, kwnames, 0, 0)) return {};
  return Value::small_int(int64_t(as_tuple(args[0])->size));
}

/// The items of a slice of a tuple, as a new exact tuple (or self when whole).
Value tuple_slice(VM& vm, Value self, Slice* slice) {
  Tuple* t = as_tuple(self);
  int64_t start, stop, step, count;
  if (!slice_indices(vm, slice, int64_t(t->size), &start, &stop, &step, &count)) return {};
  if (step == 1 && count == int64_t(t->size) && vm.type_of(self) == vm.types.tuple) {
    return newref(self);
  }
  if (step == 1) return tuple_new(vm, t->items() + start, size_t(count));
  Tuple* result = tuple_alloc(vm, size_t(count));
  if (!result) return {};
  for (int64_t i = 0, j = start; i < count; ++i, j += step) {
    result->items()[i] = newref(t->item(size_t(j)));
  }
  return Value::object(result);
}

Value tuple_getitem(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "tuple.__getitem__", nargs - 1, kwnames, 1, 1)) return {};
  Tuple* t = as_tuple(args[0]);
  Value key = args[1];
  int64_t i;
  if (key.is_small_int()) {
    i = key.as_small_int();
  } else if (vm.type_of(key) == vm.types.slice) {
    return tuple_slice(vm, args[0], static_cast<Slice*>(key.as_object()));
  } else if (is_index_like(vm, key)) {
    if (!index_int64(vm, key, &i)) return {};
  } else {
    return bad_subscript(vm, "tuple", key);
  }
  if (!normalize_index(&i, int64_t(t->size))) {
    return raise(vm, vm.exc.IndexError, "tuple index out of range");
  }
  return newref(t->item(size_t(i)));
}

Value tuple_contains(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "tuple.__contains__", nargs - 1, kwnames, 1, 1)) return {};
  TupleView v(args[0]);
  int64_t i = sequence_find(vm, v.view(), args[1], 0, int64_t(v.size));
  if (i == -2) return {};
  return Value::boolean(i >= 0);
}

Value tuple_add(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "tuple.__add__", nargs - 1, kwnames, 1, 1)) return {};
  if (!is_instance(vm, args[1], vm.types.tuple)) return Value::not_implemented();
  Tuple* a = as_tuple(args[0]);
  Tuple* b = as_tuple(args[1]);
  if (b->size == 0 && vm.type_of(args[0]) == vm.types.tuple) return newref(args[0]);
  if (a->size == 0 && vm.type_of(args[1]) == vm.types.tuple) return newref(args[1]);
  Tuple* result = tuple_alloc(vm, a->size + b->size);
  if (!result) return {};
  for (size_t i = 0; i < a->size; ++i) result->items()[i] = newref(a->item(i));
  for (size_t i = 0; i < b->size; ++i) result->items()[a->size + i] = newref(b->item(i));
  return Value::object(result);
}

/// tuple * n and n * tuple.
Value tuple_mul(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "tuple.__mul__", nargs - 1, kwnames, 1, 1)) return {};
  int64_t n;
  if (!repeat_count(vm, args[1], &n)) {
    return error_pending(vm) ? Value() : Value::not_implemented();
  }
  Tuple* t = as_tuple(args[0]);
  if (n <= 0 || t->size == 0) return tuple_empty(vm);
  if (n == 1 && vm.type_of(args[0]) == vm.types.tuple) return newref(args[0]);
  if (!repeat_fits(vm, t->size, n)) return {};
  Tuple* result = tuple_alloc(vm, t->size * size_t(n));
  if (!result) return {};
  Value* out = result->items();
  for (int64_t k = 0; k < n; ++k) {
    for (size_t i = 0; i < t->size; ++i) *out++ = newref(t->item(i));
  }
  return Value::object(result);
}

Value tuple_count(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  TupleView v(args[0]);
  return sequence_count(vm, v.view(), "tuple.count", args, nargs, kwnames);
}

Value tuple_index(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  TupleView v(args[0]);
  return sequence_index(vm, v.view(), args, nargs, kwnames, false);
}

/// __getnewargs__: (tuple(self),), what copy and pickle rebuild a tuple from.
Value tuple_getnewargs(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "tuple.__getnewargs__", nargs - 1, kwnames, 0, 0)) return {};
  Tuple* t = as_tuple(args[0]);
  Ref copy = Ref::steal(tuple_new(vm, t->items(), t->size));
  if (!copy) return {};
  return tuple_of(vm, {*copy});
}

} // namespace

void init_tuple_type(VM& vm) {
  Type* t = vm.types.tuple;
  setup_builtin_type(vm, t, "tuple", vm.types.object, sizeof(Tuple), kBaseType | kTupleSubclass);
  t->item_size = sizeof(Value);
  t->var_size = tuple_var_size;
  t->dealloc = tuple_dealloc;
  t->repr = tuple_repr;
  t->hash = tuple_hash;
  t->compare = tuple_compare;
  t->iter = tuple_iter;
  t->new_ = tuple_new_slot;
  add_methods(vm, t,
              {{"__len__", tuple_len},
               {"__getitem__", tuple_getitem},
               {"__contains__", tuple_contains},
               {"__add__", tuple_add},
               {"__mul__", tuple_mul},
               {"__rmul__", tuple_mul},
               {"count", tuple_count},
               {"index", tuple_index},
               {"__getnewargs__", tuple_getnewargs},
               {"__class_getitem__", generic_class_getitem, NativeKind::class_method}});
  finish_builtin_type(vm, t);
}

} // namespace py
