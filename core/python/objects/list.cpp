// list: the growable array, its core operations, and the list type — every
// method, indexing and (extended) slice assignment, the operators, repr and
// comparison. Sorting lives in list_sort.cpp.
#include "python/objects/list.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

#include "python/objects/dict.hpp"
#include "python/objects/generic_alias.hpp"
#include "python/objects/init.hpp"
#include "python/objects/iterators.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/sequence.hpp"
#include "python/objects/slice.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

bool list_reserve(VM& vm, List* list, size_t capacity) {
  if (capacity <= list->capacity) return true;
  if (capacity > vm.options().memory_limit) {
    raise_memory_error(vm);
    return false;
  }
  // A first allocation is exact (list(seq), [a, b, c]). Growth over-allocates
  // so appends are amortized O(1): about 1/8 extra like CPython for short
  // lists, 1/2 for long ones (we copy where CPython's realloc can often grow
  // in place).
  size_t extra = capacity < 1024 ? (capacity >> 3) + (capacity < 9 ? 3 : 6) : capacity >> 1;
  size_t grown = list->capacity == 0 ? capacity : capacity + extra;
  // Not zero-filled: only the first `size` slots are ever read.
  auto* items = static_cast<Value*>(vm.heap().allocate(grown * sizeof(Value)));
  if (!items) {
    raise_memory_error(vm);
    return false;
  }
  if (list->size) std::memcpy(items, list->items, list->size * sizeof(Value));
  vm.heap().release(list->items, list->capacity * sizeof(Value));
  list->items = items;
  list->capacity = grown;
  return true;
}

Value list_new(VM& vm, size_t capacity) {
  List* list = vm.allocate<List>(vm.types.list);
  if (!list) return {};
  Ref owner = Ref::steal(list);
  if (capacity && !list_reserve(vm, list, capacity)) return {};
  return owner.release();
}

Value list_from(VM& vm, const Value* items, size_t size) {
  Value v = list_new(vm, size);
  if (v.is_null()) return {};
  auto* list = static_cast<List*>(v.as_object());
  for (size_t i = 0; i < size; ++i) list->items[i] = newref(items[i]);
  list->size = size;
  return v;
}

bool list_append(VM& vm, List* list, Value v) {
  if (list->size == list->capacity && !list_reserve(vm, list, list->size + 1)) return false;
  list->items[list->size++] = newref(v);
  return true;
}

Value list_from_iterable(VM& vm, Value iterable) {
  Ref result = Ref::steal(list_new(vm));
  if (!result || !list_extend(vm, result.as<List>(), iterable)) return {};
  return result.release();
}

bool list_extend(VM& vm, List* list, Value iterable) {
  Type* t = vm.type_of(iterable);
  if (t == vm.types.list || t == vm.types.tuple || iterable == Value::object(list)) {
    // Counted before growing: extending a list with itself doubles it once.
    bool is_tuple = t == vm.types.tuple;
    size_t n = is_tuple ? static_cast<Tuple*>(iterable.as_object())->size
                        : static_cast<List*>(iterable.as_object())->size;
    if (!list_reserve(vm, list, list->size + n)) return false;
    const Value* src = is_tuple ? static_cast<Tuple*>(iterable.as_object())->items()
                                : static_cast<List*>(iterable.as_object())->items;
    Value* out = list->items + list->size;
    for (size_t i = 0; i < n; ++i) out[i] = newref(src[i]);
    list->size += n;
    return true;
  }
  Ref it = Ref::steal(get_iter(vm, iterable));
  if (!it) return false;
  UnaryFn next = vm.type_of(*it)->next;
  if (!next) return !iter_next(vm, *it).is_null(); // raises "is not an iterator"
  while (true) {
    Value x = next(vm, *it);
    if (x.is_null()) break;
    if (list->size == list->capacity && !list_reserve(vm, list, list->size + 1)) {
      decref(x);
      return false;
    }
    list->items[list->size++] = x;
  }
  if (!error_pending(vm)) return true;
  if (!pending_matches(vm, vm.exc.StopIteration)) return false;
  clear_exception(vm);
  return true;
}

namespace {

List* as_list(Value v) { return static_cast<List*>(v.as_object()); }
SeqView view_of(List* l) { return {&l->items, &l->size}; }

/// Empties a list, releasing its array; the items are dropped only once the
/// list is consistent (their destructors may look at it).
void list_clear_items(VM& vm, List* l) {
  Value* items = l->items;
  size_t n = l->size, capacity = l->capacity;
  l->items = nullptr;
  l->size = 0;
  l->capacity = 0;
  for (size_t i = 0; i < n; ++i) decref(items[i]);
  vm.heap().release(items, capacity * sizeof(Value));
}

/// Values taken out of a list, released when this goes out of scope (after
/// the list is consistent again).
class Garbage {
public:
  explicit Garbage(size_t n) : values_(n) {}
  ~Garbage() {
    for (Value v : values_) decref(v);
  }
  Value* data() { return values_.data(); }

private:
  std::vector<Value> values_;
};

/// The items of the right-hand side of a slice assignment (CPython's
/// PySequence_Fast): a list or tuple is read in place, the list itself and
/// any other iterable are copied first.
struct FastItems {
  Ref holder;
  const Value* items = nullptr;
  size_t size = 0;
};

bool fast_items(VM& vm, List* self, Value v, const char* message, FastItems* out) {
  Type* t = vm.type_of(v);
  if (v == Value::object(self)) {
    out->holder = Ref::steal(list_from(vm, self->items, self->size));
  } else if (t == vm.types.list || t == vm.types.tuple) {
    out->holder = Ref::borrow(v);
  } else {
    Ref it = Ref::steal(get_iter(vm, v));
    if (!it) {
      if (pending_matches(vm, vm.exc.TypeError)) {
        clear_exception(vm);
        raise(vm, vm.exc.TypeError, message);
      }
      return false;
    }
    out->holder = Ref::steal(list_from_iterable(vm, *it));
  }
  if (!out->holder) return false;
  if (vm.type_of(*out->holder) == vm.types.tuple) {
    out->items = out->holder.as<Tuple>()->items();
    out->size = out->holder.as<Tuple>()->size;
  } else {
    out->items = out->holder.as<List>()->items;
    out->size = out->holder.as<List>()->size;
  }
  return true;
}

} // namespace

bool list_assign_slice(VM& vm, List* list, int64_t lo, int64_t hi, Value v) {
  FastItems src;
  if (!v.is_null() && !fast_items(vm, list, v, "can only assign an iterable", &src)) return false;
  auto size = int64_t(list->size);
  lo = std::clamp<int64_t>(lo, 0, size);
  hi = std::clamp<int64_t>(hi, lo, size);
  auto removed = size_t(hi - lo);
  size_t n = src.size;
  Garbage old(removed);
  if (removed) std::memcpy(old.data(), list->items + lo, removed * sizeof(Value));
  if (n > removed && !list_reserve(vm, list, list->size + n - removed)) {
    std::fill_n(old.data(), removed, Value());
    return false;
  }
  Value* items = list->items;
  if (size > hi && n != removed) {
    std::memmove(items + lo + n, items + hi, size_t(size - hi) * sizeof(Value));
  }
  for (size_t i = 0; i < n; ++i) items[lo + int64_t(i)] = newref(src.items[i]);
  list->size = list->size + n - removed;
  return true;
}

namespace {

void list_dealloc(Object* o) {
  auto* l = static_cast<List*>(o);
  VM& vm = *o->type->vm;
  for (size_t i = 0; i < l->size; ++i) decref(l->items[i]);
  vm.heap().release(l->items, l->capacity * sizeof(Value));
  vm.free_object(o, object_size(o));
}

/// list.__new__ makes an empty list of the given (sub)type; __init__ fills it.
Value list_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  List* l = vm.allocate<List>(type);
  return l ? Value::object(l) : Value();
}

/// list.__init__(iterable=()): clears the list, then extends it.
bool list_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "list", nargs, kwnames, 0, 1)) return false;
  List* l = as_list(self);
  if (l->size) list_clear_items(vm, l);
  return nargs == 0 || list_extend(vm, l, args[0]);
}

Value list_repr(VM& vm, Value self) {
  List* l = as_list(self);
  return sequence_repr(vm, l, view_of(l), '[', ']');
}

int64_t list_hash(VM& vm, Value self) {
  raise(vm, vm.exc.TypeError, cat("unhashable type: '", type_name(vm, self), "'"));
  return -1;
}

Value list_compare(VM& vm, Value self, Value other, CompareOp op) {
  if (!is_instance(vm, other, vm.types.list)) return Value::not_implemented();
  return sequence_compare(vm, view_of(as_list(self)), view_of(as_list(other)), op);
}

Value list_iter(VM& vm, Value self) { return list_iterator_new(vm, self); }

/// How a subscript addresses a list: one item (its index, not yet
/// normalized), a slice, or an error (TypeError, or IndexError for an int
/// that does not fit).
enum class Key { index, slice, error };

Key classify_key(VM& vm, Value key, int64_t* index) {
  if (key.is_small_int()) {
    *index = key.as_small_int();
    return Key::index;
  }
  if (vm.type_of(key) == vm.types.slice) return Key::slice;
  if (is_index_like(vm, key)) return index_int64(vm, key, index) ? Key::index : Key::error;
  bad_subscript(vm, "list", key);
  return Key::error;
}

Value list_getitem(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "list.__getitem__", nargs - 1, kwnames, 1, 1)) return {};
  List* l = as_list(args[0]);
  int64_t i;
  switch (classify_key(vm, args[1], &i)) {
  case Key::index:
    if (!normalize_index(&i, int64_t(l->size))) {
      return raise(vm, vm.exc.IndexError, "list index out of range");
    }
    return newref(l->items[i]);
  case Key::slice: {
    int64_t start, stop, step;
    if (!slice_unpack(vm, static_cast<Slice*>(args[1].as_object()), &start, &stop, &step)) {
      return {};
    }
    int64_t count = slice_adjust(int64_t(l->size), &start, &stop, step);
    if (step == 1) return list_from(vm, l->items + start, size_t(count));
    Ref result = Ref::steal(list_new(vm, size_t(count)));
    if (!result) return {};
    List* r = result.as<List>();
    for (int64_t k = 0, j = start; k < count; ++k, j += step) r->items[k] = newref(l->items[j]);
    r->size = size_t(count);
    return result.release();
  }
  case Key::error: break;
  }
  return {};
}

/// a[i:j:k] = v with k != 1 (bounds unpacked, not adjusted): v must have
/// exactly as many items as the slice.
bool assign_extended(VM& vm, List* l, Value v, int64_t start, int64_t stop, int64_t step) {
  FastItems src;
  if (!fast_items(vm, l, v, "must assign iterable to extended slice", &src)) return false;
  // Adjusted only now: reading v may have run code that resized the list.
  int64_t count = slice_adjust(int64_t(l->size), &start, &stop, step);
  if (int64_t(src.size) != count) {
    raise(
        vm, vm.exc.ValueError,
        cat("attempt to assign sequence of size ", src.size, " to extended slice of size ", count));
    return false;
  }
  Garbage old{size_t(count)};
  for (int64_t k = 0, j = start; k < count; ++k, j += step) {
    old.data()[k] = l->items[j];
    l->items[j] = newref(src.items[k]);
  }
  return true;
}

/// del a[i:j:k] with k != 1.
void delete_extended(List* l, int64_t start, int64_t step, int64_t count) {
  if (count <= 0) return;
  if (step < 0) {
    // Walk the same items forwards.
    start += step * (count - 1);
    step = -step;
  }
  Garbage old{size_t(count)};
  size_t write = size_t(start), next = size_t(start), deleted = 0;
  for (size_t read = size_t(start); read < l->size; ++read) {
    if (deleted < size_t(count) && read == next) {
      old.data()[deleted++] = l->items[read];
      next += size_t(step);
    } else {
      l->items[write++] = l->items[read];
    }
  }
  l->size -= size_t(count);
}

/// a[key] = value, or del a[key] when value is null.
bool list_store(VM& vm, List* l, Value key, Value value) {
  int64_t i;
  switch (classify_key(vm, key, &i)) {
  case Key::index: {
    if (!normalize_index(&i, int64_t(l->size))) {
      raise(vm, vm.exc.IndexError, "list assignment index out of range");
      return false;
    }
    if (value.is_null()) return list_assign_slice(vm, l, i, i + 1, Value());
    Value old = l->items[i];
    l->items[i] = newref(value);
    decref(old);
    return true;
  }
  case Key::slice: {
    int64_t start, stop, step;
    if (!slice_unpack(vm, static_cast<Slice*>(key.as_object()), &start, &stop, &step)) {
      return false;
    }
    if (!value.is_null() && step != 1) return assign_extended(vm, l, value, start, stop, step);
    int64_t count = slice_adjust(int64_t(l->size), &start, &stop, step);
    if (step == 1) return list_assign_slice(vm, l, start, stop, value);
    delete_extended(l, start, step, count);
    return true;
  }
  case Key::error: break;
  }
  return false;
}

Value list_setitem(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "list.__setitem__", nargs - 1, kwnames, 2, 2)) return {};
  if (!list_store(vm, as_list(args[0]), args[1], args[2])) return {};
  return Value::none();
}

Value list_delitem(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "list.__delitem__", nargs - 1, kwnames, 1, 1)) return {};
  if (!list_store(vm, as_list(args[0]), args[1], Value())) return {};
  return Value::none();
}

Value list_len(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "list.__len__", nargs - 1, kwnames, 0, 0)) return {};
  return Value::small_int(int64_t(as_list(args[0])->size));
}

Value list_contains(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "list.__contains__", nargs - 1, kwnames, 1, 1)) return {};
  List* l = as_list(args[0]);
  int64_t i = sequence_find(vm, view_of(l), args[1], 0, int64_t(l->size));
  if (i == -2) return {};
  return Value::boolean(i >= 0);
}

Value list_add(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "list.__add__", nargs - 1, kwnames, 1, 1)) return {};
  if (!is_instance(vm, args[1], vm.types.list)) return Value::not_implemented();
  List* a = as_list(args[0]);
  List* b = as_list(args[1]);
  Ref result = Ref::steal(list_new(vm, a->size + b->size));
  if (!result) return {};
  List* r = result.as<List>();
  for (size_t i = 0; i < a->size; ++i) r->items[i] = newref(a->items[i]);
  for (size_t i = 0; i < b->size; ++i) r->items[a->size + i] = newref(b->items[i]);
  r->size = a->size + b->size;
  return result.release();
}

/// Appends the list's first `size` items to itself until it holds n copies
/// of them (room already reserved).
void repeat_in_place(List* l, size_t size, int64_t n) {
  Value* items = l->items;
  for (int64_t k = 1; k < n; ++k) {
    for (size_t i = 0; i < size; ++i) items[size * size_t(k) + i] = newref(items[i]);
  }
  l->size = size * size_t(n);
}

/// list * n and n * list.
Value list_mul(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "list.__mul__", nargs - 1, kwnames, 1, 1)) return {};
  int64_t n;
  if (!repeat_count(vm, args[1], &n)) return error_pending(vm) ? Value() : Value::not_implemented();
  List* l = as_list(args[0]);
  if (n <= 0 || l->size == 0) return list_new(vm);
  if (!repeat_fits(vm, l->size, n)) return {};
  size_t size = l->size;
  Ref result = Ref::steal(list_new(vm, size * size_t(n)));
  if (!result) return {};
  List* r = result.as<List>();
  for (size_t i = 0; i < size; ++i) r->items[i] = newref(l->items[i]);
  repeat_in_place(r, size, n);
  return result.release();
}

Value list_iadd(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "list.__iadd__", nargs - 1, kwnames, 1, 1)) return {};
  if (!list_extend(vm, as_list(args[0]), args[1])) return {};
  return newref(args[0]);
}

Value list_imul(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "list.__imul__", nargs - 1, kwnames, 1, 1)) return {};
  int64_t n;
  if (!repeat_count(vm, args[1], &n)) return error_pending(vm) ? Value() : Value::not_implemented();
  List* l = as_list(args[0]);
  if (n <= 0) {
    list_clear_items(vm, l);
  } else if (n > 1 && l->size) {
    size_t size = l->size;
    if (!repeat_fits(vm, size, n) || !list_reserve(vm, l, size * size_t(n))) return {};
    repeat_in_place(l, size, n);
  }
  return newref(args[0]);
}

Value list_reversed(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "list.__reversed__", nargs - 1, kwnames, 0, 0)) return {};
  return list_reverseiterator_new(vm, args[0]);
}

Value list_append_method(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 2 || kwnames) {
    if (!check_arity(vm, "list.append", nargs - 1, kwnames, 1, 1)) return {};
  }
  if (!list_append(vm, as_list(args[0]), args[1])) return {};
  return Value::none();
}

Value list_extend_method(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "list.extend", nargs - 1, kwnames, 1, 1)) return {};
  if (!list_extend(vm, as_list(args[0]), args[1])) return {};
  return Value::none();
}

Value list_insert(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!clinic_arity(vm, "list.insert", "insert", nargs - 1, kwnames, 2, 2)) return {};
  int64_t i;
  if (!ssize_arg(vm, args[1], &i)) return {};
  List* l = as_list(args[0]);
  auto size = int64_t(l->size);
  if (i < 0) i = std::max<int64_t>(i + size, 0);
  if (i > size) i = size;
  if (l->size == l->capacity && !list_reserve(vm, l, l->size + 1)) return {};
  std::memmove(l->items + i + 1, l->items + i, size_t(size - i) * sizeof(Value));
  l->items[i] = newref(args[2]);
  ++l->size;
  return Value::none();
}

Value list_remove(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "list.remove", nargs - 1, kwnames, 1, 1)) return {};
  List* l = as_list(args[0]);
  int64_t i = sequence_find(vm, view_of(l), args[1], 0, int64_t(l->size));
  if (i == -2) return {};
  if (i == -1) return raise(vm, vm.exc.ValueError, "list.remove(x): x not in list");
  if (!list_assign_slice(vm, l, i, i + 1, Value())) return {};
  return Value::none();
}

Value list_pop(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!clinic_arity(vm, "list.pop", "pop", nargs - 1, kwnames, 0, 1)) return {};
  List* l = as_list(args[0]);
  int64_t i = -1;
  if (nargs > 1 && !ssize_arg(vm, args[1], &i)) return {};
  if (l->size == 0) return raise(vm, vm.exc.IndexError, "pop from empty list");
  if (!normalize_index(&i, int64_t(l->size))) {
    return raise(vm, vm.exc.IndexError, "pop index out of range");
  }
  Value v = l->items[i];
  std::memmove(l->items + i, l->items + i + 1, (l->size - size_t(i) - 1) * sizeof(Value));
  --l->size;
  return v;
}

Value list_clear(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "list.clear", nargs - 1, kwnames, 0, 0)) return {};
  list_clear_items(vm, as_list(args[0]));
  return Value::none();
}

Value list_index(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  return sequence_index(vm, view_of(as_list(args[0])), args, nargs, kwnames, true);
}

Value list_count(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  return sequence_count(vm, view_of(as_list(args[0])), "list.count", args, nargs, kwnames);
}

Value list_reverse(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "list.reverse", nargs - 1, kwnames, 0, 0)) return {};
  List* l = as_list(args[0]);
  std::reverse(l->items, l->items + l->size);
  return Value::none();
}

Value list_copy(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "list.copy", nargs - 1, kwnames, 0, 0)) return {};
  List* l = as_list(args[0]);
  return list_from(vm, l->items, l->size);
}

/// list.sort(*, key=None, reverse=False).
Value list_sort_method(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("sort(*, key=None, reverse=False)");
  Value a[2];
  if (!sig.bind(vm, args + 1, nargs - 1, kwnames, a)) return {};
  bool reverse = false;
  if (!a[1].is_null()) {
    // reverse is an int flag: sort(reverse=None) is a TypeError, as in CPython.
    Ref flag = Ref::steal(index(vm, a[1]));
    if (!flag) return {};
    int t = truthy(vm, *flag);
    if (t < 0) return {};
    reverse = t;
  }
  if (!list_sort(vm, as_list(args[0]), a[0], reverse)) return {};
  return Value::none();
}

} // namespace

void init_list_type(VM& vm) {
  Type* t = vm.types.list =
      new_builtin_type(vm, "list", vm.types.object, sizeof(List), kBaseType | kListSubclass);
  t->dealloc = list_dealloc;
  t->repr = list_repr;
  t->hash = list_hash;
  t->compare = list_compare;
  t->iter = list_iter;
  t->new_ = list_new_slot;
  t->init = list_init;
  add_methods(vm, t,
              {{"__len__", list_len},
               {"__getitem__", list_getitem},
               {"__setitem__", list_setitem},
               {"__delitem__", list_delitem},
               {"__contains__", list_contains},
               {"__add__", list_add},
               {"__mul__", list_mul},
               {"__rmul__", list_mul},
               {"__iadd__", list_iadd},
               {"__imul__", list_imul},
               {"__reversed__", list_reversed},
               {"append", list_append_method},
               {"extend", list_extend_method},
               {"insert", list_insert},
               {"remove", list_remove},
               {"pop", list_pop},
               {"clear", list_clear},
               {"index", list_index},
               {"count", list_count},
               {"reverse", list_reverse},
               {"copy", list_copy},
               {"sort", list_sort_method},
               {"__class_getitem__", generic_class_getitem, NativeKind::class_method}});
  // list.__hash__ is None: lists (and their subclasses) are unhashable.
  dict_set_str(vm, t->dict, vm.names.hash, Value::none());
  finish_builtin_type(vm, t);
}

} // namespace py
