// The built-in iterators: over lists (both ways), tuples and ranges, the
// sequence-protocol `iterator`, callable_iterator (iter(f, sentinel)), and
// the lazy builtins enumerate, zip (with strict=), map, filter and reversed
// — plus the FOR_ITER fast path.
#include "python/objects/iterators.hpp"

#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include "python/objects/generic_alias.hpp"
#include "python/objects/init.hpp"
#include "python/objects/int.hpp"
#include "python/objects/list.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// range_iterator: small ints in machine words (the common case), or any
/// ints when a bound or the step does not fit (`big_next` not null).
struct RangeIterator : Object {
  int64_t next, step, remaining;
  Value big_next, big_step, big_remaining;
};

/// enumerate: the index counts in a machine word until it would leave the
/// small-int range, then in `big_index`. `result` is the last tuple handed
/// out, refilled in place when nobody else holds it (as CPython does).
struct Enumerate : Object {
  Value iterator;
  int64_t index;
  Value big_index;
  Value result;
};

/// zip: one iterator per argument; `result` as for enumerate.
struct Zip : Object {
  Tuple* iterators;
  Value result;
  bool strict;
};

/// map(func, *iterables).
struct Map : Object {
  Value func;
  Tuple* iterators;
};

/// filter(func or None, iterable).
struct Filter : Object {
  Value func;
  Value iterator;
};

/// iter(callable, sentinel); both fields become null once exhausted.
struct CallableIterator : Object {
  Value callable;
  Value sentinel;
};

template <class T>
T* as(Value v) {
  return static_cast<T*>(v.as_object());
}

/// Drops the references an iterator owns and frees it (subclass instances too).
void free_with(Object* o, std::initializer_list<Value> owned) {
  for (Value v : owned) decref(v);
  o->type->vm->free_object(o, object_size(o));
}

void index_iterator_dealloc(Object* o) {
  free_with(o, {static_cast<IndexIterator*>(o)->container});
}

void range_iterator_dealloc(Object* o) {
  auto* it = static_cast<RangeIterator*>(o);
  free_with(o, {it->big_next, it->big_step, it->big_remaining});
}

void enumerate_dealloc(Object* o) {
  auto* e = static_cast<Enumerate*>(o);
  free_with(o, {e->iterator, e->big_index, e->result});
}

void zip_dealloc(Object* o) {
  auto* z = static_cast<Zip*>(o);
  free_with(o, {Value::object(z->iterators), z->result});
}

void map_dealloc(Object* o) {
  auto* m = static_cast<Map*>(o);
  free_with(o, {m->func, Value::object(m->iterators)});
}

void filter_dealloc(Object* o) {
  auto* f = static_cast<Filter*>(o);
  free_with(o, {f->func, f->iterator});
}

void callable_iterator_dealloc(Object* o) {
  auto* c = static_cast<CallableIterator*>(o);
  free_with(o, {c->callable, c->sentinel});
}

/// Every iterator is its own iterator.
Value iter_self(VM& vm, Value self) { return newref(self); }

/// Marks an index iterator exhausted (drops its container).
Value exhaust(IndexIterator* it) {
  Value c = it->container;
  it->container = Value();
  decref(c);
  return {};
}

Value make_index_iterator(VM& vm, Type* type, Value container, int64_t index) {
  auto* it = vm.allocate<IndexIterator>(type);
  if (!it) return {};
  it->container = newref(container);
  it->index = index;
  return Value::object(it);
}

// ----- list, tuple and range iterators ------------------------------------------

Value list_iter_next(VM& vm, Value self) {
  auto* it = as<IndexIterator>(self);
  if (it->container.is_null()) return {};
  auto* l = as<List>(it->container);
  if (it->index < int64_t(l->size)) return newref(l->items[it->index++]);
  return exhaust(it);
}

Value list_reverse_next(VM& vm, Value self) {
  auto* it = as<IndexIterator>(self);
  if (it->container.is_null()) return {};
  auto* l = as<List>(it->container);
  if (it->index >= 0 && it->index < int64_t(l->size)) return newref(l->items[it->index--]);
  it->index = -1;
  return exhaust(it);
}

Value tuple_iter_next(VM& vm, Value self) {
  auto* it = as<IndexIterator>(self);
  if (it->container.is_null()) return {};
  auto* t = as<Tuple>(it->container);
  if (it->index < int64_t(t->size)) return newref(t->item(size_t(it->index++)));
  return exhaust(it);
}

Value range_iter_next(VM& vm, Value self) {
  auto* it = as<RangeIterator>(self);
  if (it->big_next.is_null()) {
    if (it->remaining <= 0) return {};
    --it->remaining;
    int64_t v = it->next;
    it->next += it->step;
    return Value::small_int(v);
  }
  if (it->big_remaining == Value::small_int(0)) return {};
  Value result = it->big_next;
  Value next = int_from_bigint(vm, int_to_bigint(result) + int_to_bigint(it->big_step));
  if (next.is_null()) return {};
  Value remaining = int_from_bigint(vm, int_to_bigint(it->big_remaining) - num::BigInt(1));
  if (remaining.is_null()) {
    decref(next);
    return {};
  }
  decref(it->big_remaining);
  it->big_remaining = remaining;
  it->big_next = next; // the reference to `result` passes to the caller
  return result;
}

/// __length_hint__ of the list and tuple iterators: the items left.
Value forward_length_hint(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "__length_hint__", nargs - 1, kwnames, 0, 0)) return {};
  auto* it = as<IndexIterator>(args[0]);
  if (it->container.is_null()) return Value::small_int(0);
  int64_t size = vm.type_of(it->container)->has_flag(kTupleSubclass)
                     ? int64_t(as<Tuple>(it->container)->size)
                     : int64_t(as<List>(it->container)->size);
  return Value::small_int(size > it->index ? size - it->index : 0);
}

Value list_reverse_length_hint(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "__length_hint__", nargs - 1, kwnames, 0, 0)) return {};
  auto* it = as<IndexIterator>(args[0]);
  if (it->container.is_null() || it->index >= int64_t(as<List>(it->container)->size)) {
    return Value::small_int(0);
  }
  return Value::small_int(it->index + 1);
}

Value range_length_hint(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "__length_hint__", nargs - 1, kwnames, 0, 0)) return {};
  auto* it = as<RangeIterator>(args[0]);
  if (it->big_next.is_null()) return Value::small_int(it->remaining);
  return newref(it->big_remaining);
}

// ----- the sequence-protocol iterator and callable_iterator ------------------

Value seq_iter_next(VM& vm, Value self) {
  auto* it = as<IndexIterator>(self);
  if (it->container.is_null()) return {};
  Ref position = Ref::steal(int_from_int64(vm, it->index));
  if (!position) return {};
  Value item = get_item(vm, it->container, *position);
  if (!item.is_null()) {
    ++it->index;
    return item;
  }
  if (pending_matches(vm, vm.exc.IndexError) || pending_matches(vm, vm.exc.StopIteration)) {
    clear_exception(vm);
    exhaust(it);
  }
  return {};
}

/// iterator.__length_hint__: len(seq) - index when the sequence has a length.
Value seq_length_hint(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "__length_hint__", nargs - 1, kwnames, 0, 0)) return {};
  auto* it = as<IndexIterator>(args[0]);
  if (it->container.is_null()) return Value::small_int(0);
  if (lookup_type(vm, vm.type_of(it->container), vm.names.len).is_null()) {
    return Value::not_implemented();
  }
  int64_t size = length(vm, it->container);
  if (size < 0) return {};
  return Value::small_int(size >= it->index ? size - it->index : 0);
}

Value callable_iter_next(VM& vm, Value self) {
  auto* it = as<CallableIterator>(self);
  if (it->callable.is_null()) return {};
  auto finish = [&]() -> Value {
    Value c = it->callable, s = it->sentinel;
    it->callable = it->sentinel = Value();
    decref(c);
    decref(s);
    return {};
  };
  Value result = call(vm, it->callable, nullptr, 0);
  if (result.is_null()) {
    if (pending_matches(vm, vm.exc.StopIteration)) {
      clear_exception(vm);
      return finish();
    }
    return {};
  }
  int eq = equal(vm, it->sentinel, result);
  if (eq == 0) return result;
  decref(result);
  return eq > 0 ? finish() : Value();
}

// ----- enumerate, zip, map, filter, reversed -------------------------------------

/// A result tuple of `n` items to fill: the cached one when nobody else holds
/// it (its old items are released as they are replaced), else a new one.
/// Sets *reused accordingly.
Tuple* result_tuple(VM& vm, Value* cache, size_t n, bool* reused) {
  *reused = cache->as_object()->refcount == 1;
  if (*reused) {
    incref(*cache);
    return static_cast<Tuple*>(cache->as_object());
  }
  return tuple_alloc(vm, n);
}

/// Stores an item into a result tuple (dropping what a reused tuple held there).
void set_result_item(Tuple* t, size_t i, Value item) {
  Value old = t->items()[i];
  t->items()[i] = item;
  decref(old);
}

/// A tuple of n Nones: the first cached result of enumerate and zip.
Value none_tuple(VM& vm, size_t n) {
  Tuple* t = tuple_alloc(vm, n);
  if (!t) return {};
  for (size_t i = 0; i < n; ++i) t->items()[i] = Value::none();
  return Value::object(t);
}

/// Checks that keyword i of an enumerate() call is `name`.
bool enumerate_keyword(VM& vm, Tuple* kwnames, size_t i, std::string_view name) {
  std::string_view key = as<Str>(kwnames->item(i))->view();
  if (key == name) return true;
  raise(vm, vm.exc.TypeError, cat("'", key, "' is an invalid keyword argument for enumerate()"));
  return false;
}

/// enumerate(iterable, start=0), with the argument checks of CPython's enum_vectorcall.
Value enumerate_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? kwnames->size : 0;
  Value a[2] = {nargs + nkw >= 1 ? args[0] : Value(), nargs + nkw == 2 ? args[1] : Value()};
  if (nargs + nkw == 2) {
    if (nkw == 1 && !enumerate_keyword(vm, kwnames, 0, "start")) return {};
    if (nkw == 2) {
      if (as<Str>(kwnames->item(0))->view() == "start") {
        if (!enumerate_keyword(vm, kwnames, 1, "iterable")) return {};
        std::swap(a[0], a[1]);
      } else if (!enumerate_keyword(vm, kwnames, 0, "iterable") ||
                 !enumerate_keyword(vm, kwnames, 1, "start")) {
        return {};
      }
    }
  } else if (nargs + nkw == 1) {
    if (nkw == 1 && !enumerate_keyword(vm, kwnames, 0, "iterable")) return {};
  } else if (nargs == 0) {
    return raise(vm, vm.exc.TypeError, "enumerate() missing required argument 'iterable'");
  } else {
    return raise(vm, vm.exc.TypeError,
                 cat("enumerate() takes at most 2 arguments (", nargs + nkw, " given)"));
  }
  Ref start = Ref::steal(a[1].is_null() ? Value::small_int(0) : index(vm, a[1]));
  if (!start) return {};
  Ref it = Ref::steal(get_iter(vm, a[0]));
  if (!it) return {};
  Ref result = Ref::steal(none_tuple(vm, 2));
  if (!result) return {};
  auto* e = vm.allocate<Enumerate>(type);
  if (!e) return {};
  e->iterator = it.release();
  e->result = result.release();
  if (start.get().is_small_int())
    e->index = start.get().as_small_int();
  else
    e->big_index = start.release();
  return Value::object(e);
}

Value enumerate_next(VM& vm, Value self) {
  auto* e = as<Enumerate>(self);
  Value item = iter_next(vm, e->iterator);
  if (item.is_null()) return {};
  Value index;
  if (e->big_index.is_null() && e->index < Value::kMaxSmallInt) {
    index = Value::small_int(e->index++);
  } else {
    // Past the small ints (or started there): count with ints of any size.
    if (e->big_index.is_null()) e->big_index = int_from_int64(vm, e->index);
    Value next = Value();
    if (!e->big_index.is_null()) {
      next = int_from_bigint(vm, int_to_bigint(e->big_index) + num::BigInt(1));
    }
    if (next.is_null()) {
      decref(item);
      return {};
    }
    index = e->big_index; // its reference passes to the result
    e->big_index = next;
  }
  bool reused;
  Tuple* t = result_tuple(vm, &e->result, 2, &reused);
  if (!t) {
    decref(index);
    decref(item);
    return {};
  }
  set_result_item(t, 0, index);
  set_result_item(t, 1, item);
  return Value::object(t);
}

/// Collects the iterators of a tuple of iterables.
Value iterators_of(VM& vm, const Value* iterables, size_t n) {
  Tuple* t = tuple_alloc(vm, n);
  if (!t) return {};
  Ref owner = Ref::steal(t);
  for (size_t i = 0; i < n; ++i) {
    t->items()[i] = get_iter(vm, iterables[i]);
    if (t->items()[i].is_null()) return {};
  }
  return owner.release();
}

Value zip_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  bool strict = false;
  for (size_t i = 0; kwnames && i < kwnames->size; ++i) {
    std::string_view key = as<Str>(kwnames->item(i))->view();
    if (key != "strict") {
      return raise(vm, vm.exc.TypeError,
                   cat("'", key, "' is an invalid keyword argument for zip()"));
    }
    int truth = truthy(vm, args[nargs + i]);
    if (truth < 0) return {};
    strict = truth;
  }
  Ref iterators = Ref::steal(iterators_of(vm, args, nargs));
  if (!iterators) return {};
  Ref result = Ref::steal(none_tuple(vm, nargs));
  if (!result) return {};
  auto* z = vm.allocate<Zip>(type);
  if (!z) return {};
  z->iterators = static_cast<Tuple*>(iterators.release().as_object());
  z->result = result.release();
  z->strict = strict;
  return Value::object(z);
}

/// zip(strict=True) found iterator i exhausted: the others must be too
/// ("zip() argument 2 is shorter than argument 1" and the like).
Value zip_check_strict(VM& vm, Zip* z, size_t i) {
  if (!z->strict || error_pending(vm)) return {};
  auto plural = [](size_t k) { return k == 1 ? " " : "s 1-"; };
  if (i > 0) {
    return raise(vm, vm.exc.ValueError,
                 cat("zip() argument ", i + 1, " is shorter than argument", plural(i), i));
  }
  for (size_t j = 1; j < z->iterators->size; ++j) {
    Value item = iter_next(vm, z->iterators->item(j));
    if (!item.is_null()) {
      decref(item);
      return raise(vm, vm.exc.ValueError,
                   cat("zip() argument ", j + 1, " is longer than argument", plural(j), j));
    }
    if (error_pending(vm)) return {};
  }
  return {};
}

Value zip_next(VM& vm, Value self) {
  auto* z = as<Zip>(self);
  size_t n = z->iterators->size;
  if (n == 0) return {};
  bool reused;
  Tuple* t = result_tuple(vm, &z->result, n, &reused);
  if (!t) return {};
  Ref owner = Ref::steal(t);
  for (size_t i = 0; i < n; ++i) {
    Value item = iter_next(vm, z->iterators->item(i));
    if (item.is_null()) return zip_check_strict(vm, z, i);
    set_result_item(t, i, item);
  }
  return owner.release();
}

Value map_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if ((type == vm.types.map || type->init == vm.types.map->init) && kwnames && kwnames->size) {
    return raise(vm, vm.exc.TypeError, "map() takes no keyword arguments");
  }
  if (nargs < 2) return raise(vm, vm.exc.TypeError, "map() must have at least two arguments.");
  Ref iterators = Ref::steal(iterators_of(vm, args + 1, nargs - 1));
  if (!iterators) return {};
  auto* m = vm.allocate<Map>(type);
  if (!m) return {};
  m->func = newref(args[0]);
  m->iterators = static_cast<Tuple*>(iterators.release().as_object());
  return Value::object(m);
}

Value map_next(VM& vm, Value self) {
  auto* m = as<Map>(self);
  size_t n = m->iterators->size;
  Value small[8];
  std::vector<Value> big;
  Value* items = small;
  if (n > 8) {
    big.resize(n);
    items = big.data();
  }
  size_t got = 0;
  for (; got < n; ++got) {
    items[got] = iter_next(vm, m->iterators->item(got));
    if (items[got].is_null()) break;
  }
  Value result = got == n ? call(vm, m->func, items, n) : Value();
  for (size_t i = 0; i < got; ++i) decref(items[i]);
  return result;
}

Value filter_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  bool plain = type == vm.types.filter || type->init == vm.types.filter->init;
  if (!check_arity(vm, "filter", nargs, plain ? kwnames : nullptr, 2, 2)) return {};
  Ref it = Ref::steal(get_iter(vm, args[1]));
  if (!it) return {};
  auto* f = vm.allocate<Filter>(type);
  if (!f) return {};
  f->func = newref(args[0]);
  f->iterator = it.release();
  return Value::object(f);
}

Value filter_next(VM& vm, Value self) {
  auto* f = as<Filter>(self);
  bool by_truth = f->func.is_none() || f->func == Value::object(vm.types.bool_);
  while (true) {
    Value item = iter_next(vm, f->iterator);
    if (item.is_null()) return {};
    int keep;
    if (by_truth) {
      keep = truthy(vm, item);
    } else {
      Ref verdict = Ref::steal(call(vm, f->func, {item}));
      keep = verdict ? truthy(vm, *verdict) : -1;
    }
    if (keep > 0) return item;
    decref(item);
    if (keep < 0) return {};
  }
}

Value reversed_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  bool plain = type == vm.types.reversed || type->init == vm.types.reversed->init;
  if (plain && kwnames && kwnames->size) {
    return raise(vm, vm.exc.TypeError, "reversed() takes no keyword arguments");
  }
  if (nargs != 1) {
    return raise(vm, vm.exc.TypeError, cat("reversed expected 1 argument, got ", nargs));
  }
  Value seq = args[0];
  Type* t = vm.type_of(seq);
  Value method = lookup_type(vm, t, vm.names.reversed);
  if (!method.is_null() && !method.is_none()) {
    Ref hold = Ref::borrow(method);
    return call(vm, method, {seq});
  }
  if (method.is_none() || t->has_flag(kDictSubclass) ||
      lookup_type(vm, t, vm.names.getitem).is_null()) {
    return raise(vm, vm.exc.TypeError, cat("'", t->name->view(), "' object is not reversible"));
  }
  int64_t n = length(vm, seq);
  if (n < 0) return {};
  return make_index_iterator(vm, type, seq, n - 1);
}

Value reversed_next(VM& vm, Value self) {
  auto* it = as<IndexIterator>(self);
  if (it->container.is_null()) return {};
  if (it->index >= 0) {
    Value item = get_item(vm, it->container, Value::small_int(it->index));
    if (!item.is_null()) {
      --it->index;
      return item;
    }
    if (pending_matches(vm, vm.exc.IndexError) || pending_matches(vm, vm.exc.StopIteration)) {
      clear_exception(vm);
    }
  }
  it->index = -1;
  return exhaust(it);
}

Value reversed_length_hint(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, "__length_hint__", nargs - 1, kwnames, 0, 0)) return {};
  auto* it = as<IndexIterator>(args[0]);
  if (it->container.is_null()) return Value::small_int(0);
  int64_t size = length(vm, it->container);
  if (size < 0) return {};
  return Value::small_int(size < it->index + 1 ? 0 : it->index + 1);
}

/// An iterator type: not instantiable from Python unless it has a new_.
Type* iterator_type(VM& vm, const char* name, size_t size, DeallocFn dealloc, UnaryFn next,
                    NewFn new_ = nullptr) {
  Type* t = new_builtin_type(vm, name, vm.types.object, size, new_ ? uint32_t(kBaseType) : 0u);
  t->dealloc = dealloc;
  t->iter = iter_self;
  t->next = next;
  t->new_ = new_;
  return t;
}

} // namespace

Value seq_iterator_new(VM& vm, Value container) {
  return make_index_iterator(vm, vm.types.seq_iterator, container, 0);
}

Value list_iterator_new(VM& vm, Value list) {
  return make_index_iterator(vm, vm.types.list_iterator, list, 0);
}

Value list_reverseiterator_new(VM& vm, Value list) {
  return make_index_iterator(vm, vm.types.list_reverseiterator, list,
                             int64_t(as<List>(list)->size) - 1);
}

Value tuple_iterator_new(VM& vm, Value tuple) {
  return make_index_iterator(vm, vm.types.tuple_iterator, tuple, 0);
}

Value range_iterator_new(VM& vm, Value start, Value step, Value length) {
  auto* it = vm.allocate<RangeIterator>(vm.types.range_iterator);
  if (!it) return {};
  if (start.is_small_int() && step.is_small_int() && length.is_small_int()) {
    // Machine words when every value produced (up to the last) is a small int.
    int64_t n = length.as_small_int(), last = start.as_small_int(), offset;
    if (n == 0 || (!__builtin_mul_overflow(n - 1, step.as_small_int(), &offset) &&
                   !__builtin_add_overflow(last, offset, &last) && Value::fits_small_int(last))) {
      it->next = start.as_small_int();
      it->step = step.as_small_int();
      it->remaining = n;
      return Value::object(it);
    }
  }
  it->big_next = newref(start);
  it->big_step = newref(step);
  it->big_remaining = newref(length);
  return Value::object(it);
}

Value callable_iterator_new(VM& vm, Value callable, Value sentinel) {
  auto* it = vm.allocate<CallableIterator>(vm.types.callable_iterator);
  if (!it) return {};
  it->callable = newref(callable);
  it->sentinel = newref(sentinel);
  return Value::object(it);
}

Value iter_next_fast(VM& vm, Value it) {
  // The slots of the common iterators, called directly so that they inline here.
  Type* t = vm.type_of(it);
  if (t == vm.types.list_iterator) return list_iter_next(vm, it);
  if (t == vm.types.range_iterator) return range_iter_next(vm, it);
  if (t == vm.types.tuple_iterator) return tuple_iter_next(vm, it);
  return iter_next(vm, it);
}

void init_iterator_types(VM& vm) {
  auto& ty = vm.types;
  ty.list_iterator = iterator_type(vm, "list_iterator", sizeof(IndexIterator),
                                   index_iterator_dealloc, list_iter_next);
  add_methods(vm, ty.list_iterator, {{"__length_hint__", forward_length_hint}});
  ty.list_reverseiterator = iterator_type(vm, "list_reverseiterator", sizeof(IndexIterator),
                                          index_iterator_dealloc, list_reverse_next);
  add_methods(vm, ty.list_reverseiterator, {{"__length_hint__", list_reverse_length_hint}});
  ty.tuple_iterator = iterator_type(vm, "tuple_iterator", sizeof(IndexIterator),
                                    index_iterator_dealloc, tuple_iter_next);
  add_methods(vm, ty.tuple_iterator, {{"__length_hint__", forward_length_hint}});
  ty.range_iterator = iterator_type(vm, "range_iterator", sizeof(RangeIterator),
                                    range_iterator_dealloc, range_iter_next);
  add_methods(vm, ty.range_iterator, {{"__length_hint__", range_length_hint}});
  ty.seq_iterator =
      iterator_type(vm, "iterator", sizeof(IndexIterator), index_iterator_dealloc, seq_iter_next);
  add_methods(vm, ty.seq_iterator, {{"__length_hint__", seq_length_hint}});
  ty.callable_iterator = iterator_type(vm, "callable_iterator", sizeof(CallableIterator),
                                       callable_iterator_dealloc, callable_iter_next);
  ty.enumerate = iterator_type(vm, "enumerate", sizeof(Enumerate), enumerate_dealloc,
                               enumerate_next, enumerate_new_slot);
  add_methods(vm, ty.enumerate,
              {{"__class_getitem__", generic_class_getitem, NativeKind::class_method}});
  ty.zip = iterator_type(vm, "zip", sizeof(Zip), zip_dealloc, zip_next, zip_new_slot);
  ty.map = iterator_type(vm, "map", sizeof(Map), map_dealloc, map_next, map_new_slot);
  ty.filter =
      iterator_type(vm, "filter", sizeof(Filter), filter_dealloc, filter_next, filter_new_slot);
  ty.reversed = iterator_type(vm, "reversed", sizeof(IndexIterator), index_iterator_dealloc,
                              reversed_next, reversed_new_slot);
  add_methods(vm, ty.reversed, {{"__length_hint__", reversed_length_hint}});
  for (Type* t : {ty.list_iterator, ty.list_reverseiterator, ty.tuple_iterator, ty.range_iterator,
                  ty.seq_iterator, ty.callable_iterator, ty.enumerate, ty.zip, ty.map, ty.filter,
                  ty.reversed}) {
    finish_builtin_type(vm, t);
  }
}

} // namespace py
