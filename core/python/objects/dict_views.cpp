// The live views of a dict (dict_keys, dict_values, dict_items), the
// iterators over a dict, and mappingproxy (the read-only view that
// type.__dict__ returns), mirroring CPython 3.11's Objects/dictobject.c and
// Objects/descrobject.c: keys and items views behave like sets (&, |, -, ^
// return sets, comparisons are subset tests), and iterators notice a dict
// that changed under them.
#include <string>
#include <utility>

#include "python/objects/dict.hpp"
#include "python/objects/generic_alias.hpp"
#include "python/objects/list.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/set.hpp"
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

/// A keys(), values() or items() view: a live window on a dict.
struct DictView : Object {
  /// The dict (or dict subclass instance) viewed (owned).
  Value dict;
};

/// An iterator over a dict's keys, values or items (dictiterobject); its
/// type says which.
struct DictIter : Object {
  /// The dict (owned), or null once the iterator is exhausted.
  Dict* dict;
  /// The dict's size when iteration started; kSizeChanged once a change of
  /// size was reported (so the error sticks).
  size_t used;
  /// The next entry to look at: forward from 0, or down to 0 when reversed.
  int64_t pos;
  /// Items still expected; finding one more means the keys changed.
  size_t len;
  /// True for reversed(dict) and reversed(view).
  bool reversed;
};

/// DictIter::used after "dictionary changed size during iteration".
constexpr size_t kSizeChanged = ~size_t(0);

/// A read-only view of a mapping.
struct MappingProxy : Object {
  /// The mapping (owned).
  Value mapping;
};

DictView* as_view(Value v) { return static_cast<DictView*>(v.as_object()); }
Dict* view_dict(Value v) { return static_cast<Dict*>(as_view(v)->dict.as_object()); }
DictIter* as_iter(Value v) { return static_cast<DictIter*>(v.as_object()); }
Value proxied(Value v) { return static_cast<MappingProxy*>(v.as_object())->mapping; }

/// PyDictViewSet_Check: a keys or items view (the set-like ones).
bool is_set_view(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  return t == vm.types.dict_keys || t == vm.types.dict_items;
}

/// PyAnySet_Check: a set, a frozenset or an instance of a subclass.
bool is_any_set(VM& vm, Value v) { return vm.type_of(v)->has_flag(kSetSubclass); }

// ----- iterators --------------------------------------------------------------------

void iter_dealloc(Object* o) {
  auto* it = static_cast<DictIter*>(o);
  if (it->dict) decref(it->dict);
  o->type->vm->free_object(o, object_size(o));
}

Value iter_self(VM& vm, Value self) { return newref(self); }

/// Ends an iteration: drops the dict, so that later calls report exhaustion.
Value iter_finish(DictIter* it) {
  Dict* d = it->dict;
  it->dict = nullptr;
  decref(d);
  return {};
}

/// The entry a forward iterator produces next (dictiter_iternextkey), or
/// null at the end or on error.
DictEntry* next_forward(VM& vm, DictIter* it) {
  Dict* d = it->dict;
  size_t i = size_t(it->pos);
  while (i < d->entry_count && d->entries[i].key.is_null()) ++i;
  if (i >= d->entry_count) return nullptr;
  // An entry the count did not expect: the dict lost and gained keys.
  if (it->len == 0) {
    raise(vm, vm.exc.RuntimeError, "dictionary keys changed during iteration");
    return nullptr;
  }
  it->pos = int64_t(i) + 1;
  return &d->entries[i];
}

/// The entry a reversed iterator produces next (dictreviter_iternext).
DictEntry* next_reversed(DictIter* it) {
  Dict* d = it->dict;
  int64_t i = it->pos;
  // A table rebuilt by a deletion and an insertion may be shorter now.
  if (i >= int64_t(d->entry_count)) i = int64_t(d->entry_count) - 1;
  while (i >= 0 && d->entries[i].key.is_null()) --i;
  if (i < 0) return nullptr;
  it->pos = i - 1;
  return &d->entries[i];
}

Value dictiter_next(VM& vm, Value self) {
  DictIter* it = as_iter(self);
  Dict* d = it->dict;
  if (!d) return {};
  if (it->used != d->used) {
    it->used = kSizeChanged;
    return raise(vm, vm.exc.RuntimeError, "dictionary changed size during iteration");
  }
  DictEntry* e = it->reversed ? next_reversed(it) : next_forward(vm, it);
  if (!e) return iter_finish(it);
  --it->len;
  Type* t = vm.type_of(self);
  if (t == vm.types.dict_keyiterator) return newref(e->key);
  if (t == vm.types.dict_valueiterator) return newref(e->value);
  return tuple_of(vm, {e->key, e->value});
}

Value iter_length_hint(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__length_hint__", nargs - 1, kw, 0, 0)) return {};
  DictIter* it = as_iter(args[0]);
  bool live = it->dict && it->used == it->dict->used;
  return Value::small_int(live ? int64_t(it->len) : 0);
}

// ----- views ------------------------------------------------------------------------

void view_dealloc(Object* o) {
  decref(static_cast<DictView*>(o)->dict);
  o->type->vm->free_object(o, object_size(o));
}

/// The iterator type that goes with a view type.
Type* iterator_type(VM& vm, Value view) {
  Type* t = vm.type_of(view);
  if (t == vm.types.dict_keys) return vm.types.dict_keyiterator;
  if (t == vm.types.dict_values) return vm.types.dict_valueiterator;
  return vm.types.dict_itemiterator;
}

Value view_iter(VM& vm, Value self) {
  return dict_iter_new(vm, view_dict(self), iterator_type(vm, self), false);
}

/// repr(view): "dict_keys([1, 2])"; "..." for a view already being printed.
Value view_repr(VM& vm, Value self) {
  Object* o = self.as_object();
  if (o->flags & kInRepr) return str_new(vm, "...");
  o->flags |= kInRepr;
  Ref items = Ref::steal(list_from_iterable(vm, self));
  Ref text = items ? Ref::steal(repr(vm, *items)) : Ref();
  o->flags &= ~kInRepr;
  if (!text) return {};
  return str_new(vm, cat(type_name(vm, self), "(", text.as<Str>()->view(), ")"));
}

Value view_len(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!slot_arity(vm, "__len__", nargs - 1, kw, 0)) return {};
  return Value::small_int(int64_t(view_dict(args[0])->used));
}

Value view_reversed(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__reversed__", nargs - 1, kw, 0, 0)) return {};
  return dict_iter_new(vm, view_dict(args[0]), iterator_type(vm, args[0]), true);
}

Value view_mapping(VM& vm, Value self) { return mappingproxy_new(vm, as_view(self)->dict); }

/// `item in view` for a keys or items view: 1, 0, -1 on error
/// (dictkeys_contains / dictitems_contains).
int view_contains(VM& vm, Value view, Value item) {
  Dict* d = view_dict(view);
  Value found;
  if (vm.type_of(view) == vm.types.dict_keys) {
    Lookup r = dict_lookup(vm, d, item, &found);
    return r == Lookup::error ? -1 : r == Lookup::found;
  }
  if (vm.type_of(item) != vm.types.tuple && !is_instance(vm, item, vm.types.tuple)) return 0;
  auto* pair = static_cast<Tuple*>(item.as_object());
  if (pair->size != 2) return 0;
  Lookup r = dict_lookup(vm, d, pair->item(0), &found);
  if (r != Lookup::found) return r == Lookup::error ? -1 : 0;
  Ref hold = Ref::borrow(found);
  return equal(vm, found, pair->item(1));
}

Value view_contains_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__contains__", nargs - 1, kw, 1, 1)) return {};
  int r = view_contains(vm, args[0], args[1]);
  if (r < 0) return {};
  return Value::boolean(r);
}

/// all_contained_in: every item of `self` is in `other`. 1, 0, -1.
int all_contained_in(VM& vm, Value self, Value other) {
  Ref it = Ref::steal(get_iter(vm, self));
  if (!it) return -1;
  while (true) {
    Ref item = Ref::steal(iter_next(vm, *it));
    if (!item) return error_pending(vm) ? -1 : 1;
    int r = contains(vm, other, *item);
    if (r <= 0) return r;
  }
}

/// dictview_richcompare: comparisons with sets and set-like views are
/// subset tests.
Value view_compare(VM& vm, Value self, Value other, CompareOp op) {
  if (!is_any_set(vm, other) && !is_set_view(vm, other)) return Value::not_implemented();
  int64_t len_self = int64_t(view_dict(self)->used);
  int64_t len_other = length(vm, other);
  if (len_other < 0) return {};
  int ok = 0;
  switch (op) {
  case CompareOp::eq:
  case CompareOp::ne:
    if (len_self == len_other) ok = all_contained_in(vm, self, other);
    if (op == CompareOp::ne && ok >= 0) ok = !ok;
    break;
  case CompareOp::lt:
    if (len_self < len_other) ok = all_contained_in(vm, self, other);
    break;
  case CompareOp::le:
    if (len_self <= len_other) ok = all_contained_in(vm, self, other);
    break;
  case CompareOp::gt:
    if (len_self > len_other) ok = all_contained_in(vm, other, self);
    break;
  case CompareOp::ge:
    if (len_self >= len_other) ok = all_contained_in(vm, other, self);
    break;
  }
  if (ok < 0) return {};
  return Value::boolean(ok);
}

/// dictviews_isdisjoint.
Value view_isdisjoint(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "isdisjoint", nargs - 1, kw, 1, 1)) return {};
  Value self = args[0], other = args[1];
  if (self == other) return Value::boolean(view_dict(self)->used == 0);
  // Iterate over the shorter one when both sizes are cheap to know.
  if (is_any_set(vm, other) || is_set_view(vm, other)) {
    int64_t len_other = length(vm, other);
    if (len_other < 0) return {};
    if (len_other > int64_t(view_dict(self)->used)) std::swap(self, other);
  }
  Ref it = Ref::steal(get_iter(vm, other));
  if (!it) return {};
  while (true) {
    Ref item = Ref::steal(iter_next(vm, *it));
    if (!item) return error_pending(vm) ? Value() : Value::true_();
    int r = contains(vm, self, *item);
    if (r < 0) return {};
    if (r) return Value::false_();
  }
}

/// dictviews_to_set: a new set of a keys view's dict, or of any iterable.
Value to_set(VM& vm, Value v) {
  Ref result = Ref::steal(set_new(vm));
  Value source = vm.type_of(v) == vm.types.dict_keys ? as_view(v)->dict : v;
  if (!result || !set_update(vm, *result, source)) return {};
  return result.release();
}

/// _PyDictView_Intersect: view & other (either side may be the view).
Value views_and(VM& vm, Value self, Value other) {
  if (!is_set_view(vm, self)) std::swap(self, other);
  int64_t len_self = int64_t(view_dict(self)->used);
  // A bigger exact set does the work with its own intersection.
  if (vm.type_of(other) == vm.types.set &&
      len_self <= int64_t(static_cast<Set*>(other.as_object())->used)) {
    return set_intersection(vm, static_cast<Set*>(other.as_object()), self);
  }
  if (is_set_view(vm, other) && int64_t(view_dict(other)->used) > len_self) {
    std::swap(self, other);
  }
  Ref result = Ref::steal(set_new(vm));
  if (!result) return {};
  Ref it = Ref::steal(get_iter(vm, other));
  if (!it) return {};
  while (true) {
    Ref item = Ref::steal(iter_next(vm, *it));
    if (!item) break;
    int r = view_contains(vm, self, *item);
    if (r < 0 || (r && !set_add(vm, *result, *item))) return {};
  }
  if (error_pending(vm)) return {};
  return result.release();
}

Value views_or(VM& vm, Value self, Value other) {
  Ref result = Ref::steal(to_set(vm, self));
  if (!result || !set_update(vm, *result, other)) return {};
  return result.release();
}

Value views_sub(VM& vm, Value self, Value other) {
  Ref result = Ref::steal(to_set(vm, self));
  if (!result || !set_difference_update(vm, result.as<Set>(), other)) return {};
  return result.release();
}

/// dictitems_xor: items ^ items compares values with ==, keeping the pairs
/// of either side that the other lacks.
Value items_xor(VM& vm, Value self, Value other) {
  Ref remaining = Ref::steal(dict_copy(vm, view_dict(self)));
  Ref result = Ref::steal(set_new(vm));
  if (!remaining || !result) return {};
  Dict* d2 = view_dict(other);
  size_t pos = 0;
  DictEntry* e;
  while (dict_next(d2, &pos, &e)) {
    Ref key = Ref::borrow(e->key);
    Ref value2 = Ref::borrow(e->value);
    int64_t h = e->hash;
    Value value1;
    Lookup r = dict_lookup_hashed(vm, remaining.as<Dict>(), *key, h, &value1);
    if (r == Lookup::error) return {};
    int same = 0;
    if (r == Lookup::found) {
      Ref hold = Ref::borrow(value1);
      same = equal(vm, value1, *value2);
      if (same < 0) return {};
    }
    if (same) {
      if (dict_remove(vm, remaining.as<Dict>(), *key) == Lookup::error) return {};
    } else {
      Ref pair = Ref::steal(tuple_of(vm, {*key, *value2}));
      if (!pair || !set_add(vm, *result, *pair)) return {};
    }
  }
  Ref rest = Ref::steal(dict_view_new(vm, *remaining, vm.types.dict_items));
  if (!rest || !set_update(vm, *result, *rest)) return {};
  return result.release();
}

Value views_xor(VM& vm, Value self, Value other) {
  Type* items = vm.types.dict_items;
  if (vm.type_of(self) == items && vm.type_of(other) == items) return items_xor(vm, self, other);
  Ref result = Ref::steal(to_set(vm, self));
  if (!result || !set_symmetric_difference_update(vm, result.as<Set>(), other)) return {};
  return result.release();
}

/// A binary dunder of a set-like view: op(self, other), or op(other, self)
/// when reflected (CPython's number slots take the operands in order).
template <Value (*op)(VM&, Value, Value), bool reflected>
Value view_binary(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!slot_arity(vm, "operator", nargs - 1, kw, 1)) return {};
  return reflected ? op(vm, args[1], args[0]) : op(vm, args[0], args[1]);
}

// ----- mappingproxy -----------------------------------------------------------------

void proxy_dealloc(Object* o) {
  decref(static_cast<MappingProxy*>(o)->mapping);
  o->type->vm->free_object(o, object_size(o));
}

/// mappingproxy(mapping): anything with __getitem__ but a list or tuple.
Value proxy_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("mappingproxy(mapping)");
  Value mapping;
  if (!sig.bind(vm, args, nargs, kwnames, &mapping)) return {};
  if (lookup_type(vm, vm.type_of(mapping), vm.names.getitem).is_null() ||
      is_instance(vm, mapping, vm.types.list) || is_instance(vm, mapping, vm.types.tuple)) {
    return raise(vm, vm.exc.TypeError,
                 cat("mappingproxy() argument must be a mapping, not ", type_name(vm, mapping)));
  }
  return mappingproxy_new(vm, mapping);
}

Value proxy_repr(VM& vm, Value self) {
  Ref text = Ref::steal(repr(vm, proxied(self)));
  if (!text) return {};
  return str_new(vm, cat("mappingproxy(", text.as<Str>()->view(), ")"));
}

Value proxy_str(VM& vm, Value self) { return str(vm, proxied(self)); }

Value proxy_compare(VM& vm, Value self, Value other, CompareOp op) {
  return compare(vm, proxied(self), other, op);
}

Value proxy_iter(VM& vm, Value self) { return get_iter(vm, proxied(self)); }

Value proxy_getitem(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "mappingproxy.__getitem__", nargs - 1, kw, 1, 1)) return {};
  return get_item(vm, proxied(args[0]), args[1]);
}

Value proxy_len(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!slot_arity(vm, "__len__", nargs - 1, kw, 0)) return {};
  int64_t n = length(vm, proxied(args[0]));
  if (n < 0) return {};
  return Value::small_int(n);
}

Value proxy_contains(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "mappingproxy.__contains__", nargs - 1, kw, 1, 1)) return {};
  int r = contains(vm, proxied(args[0]), args[1]);
  if (r < 0) return {};
  return Value::boolean(r);
}

Value proxy_get(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!clinic_arity(vm, "mappingproxy.get", "get", nargs - 1, kw, 1, 2)) return {};
  return call_method(vm, proxied(args[0]), vm.names.get_, args + 1, nargs - 1);
}

/// The methods keys(), values(), items() and copy(), by name.
constexpr const char* kForwarded[] = {"keys", "values", "items", "copy"};

/// A forwarded method: the mapping's own method of that name.
template <size_t which>
Value proxy_forward(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  const char* name = kForwarded[which];
  if ((nargs != 1 || (kw && kw->size)) &&
      !check_arity(vm, cat("mappingproxy.", name), nargs - 1, kw, 0, 0)) {
    return {};
  }
  return call_method(vm, proxied(args[0]), str_intern(vm, name), nullptr, 0);
}

Value proxy_reversed(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "mappingproxy.__reversed__", nargs - 1, kw, 0, 0)) return {};
  return call(vm, Value::object(vm.types.reversed), {proxied(args[0])});
}

/// mappingproxy_or: `|` on the underlying mappings.
Value proxy_or(VM& vm, Value left, Value right) {
  if (vm.type_of(left) == vm.types.mappingproxy) left = proxied(left);
  if (vm.type_of(right) == vm.types.mappingproxy) right = proxied(right);
  return binary_op(vm, left, right, BinaryOp::or_);
}

template <bool reflected>
Value proxy_or_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!slot_arity(vm, reflected ? "__ror__" : "__or__", nargs - 1, kw, 1)) return {};
  return reflected ? proxy_or(vm, args[1], args[0]) : proxy_or(vm, args[0], args[1]);
}

Value proxy_ior(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!slot_arity(vm, "__ior__", nargs - 1, kw, 1)) return {};
  return raise(vm, vm.exc.TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
}

/// A new non-subclassable, non-instantiable built-in type.
Type* internal_type(VM& vm, std::string_view name, size_t size, DeallocFn dealloc) {
  Type* t = new_builtin_type(vm, name, vm.types.object, size, 0);
  t->dealloc = dealloc;
  t->new_ = nullptr;
  return t;
}

/// Makes a type unhashable the way CPython's are (`__hash__ = None`).
void make_unhashable(VM& vm, Type* t) {
  t->hash = unhashable_hash;
  dict_set_str(vm, t->dict, vm.names.hash, Value::none());
}

/// Makes one of the two set-like view types.
Type* set_view_type(VM& vm, std::string_view name) {
  Type* t = internal_type(vm, name, sizeof(DictView), view_dealloc);
  t->repr = view_repr;
  t->iter = view_iter;
  t->compare = view_compare;
  make_unhashable(vm, t);
  add_methods(vm, t,
              {{"__len__", view_len},
               {"__contains__", view_contains_method},
               {"__reversed__", view_reversed},
               {"isdisjoint", view_isdisjoint},
               {"__and__", view_binary<views_and, false>},
               {"__rand__", view_binary<views_and, true>},
               {"__or__", view_binary<views_or, false>},
               {"__ror__", view_binary<views_or, true>},
               {"__sub__", view_binary<views_sub, false>},
               {"__rsub__", view_binary<views_sub, true>},
               {"__xor__", view_binary<views_xor, false>},
               {"__rxor__", view_binary<views_xor, true>}});
  add_getsets(vm, t, {{"mapping", view_mapping}});
  finish_builtin_type(vm, t);
  return t;
}

/// Makes one of the three iterator types.
Type* iterator_type_new(VM& vm, std::string_view name) {
  Type* t = internal_type(vm, name, sizeof(DictIter), iter_dealloc);
  t->iter = iter_self;
  t->next = dictiter_next;
  add_methods(vm, t, {{"__length_hint__", iter_length_hint}});
  finish_builtin_type(vm, t);
  return t;
}

} // namespace

Value dict_view_new(VM& vm, Value dict, Type* view_type) {
  auto* v = vm.allocate<DictView>(view_type);
  if (!v) return {};
  v->dict = newref(dict);
  return Value::object(v);
}

Value dict_iter_new(VM& vm, Dict* d, Type* iter_type, bool reversed) {
  auto* it = vm.allocate<DictIter>(iter_type);
  if (!it) return {};
  incref(d);
  it->dict = d;
  it->used = d->used;
  it->len = d->used;
  it->reversed = reversed;
  it->pos = reversed ? int64_t(d->entry_count) - 1 : 0;
  return Value::object(it);
}

Value mappingproxy_new(VM& vm, Value mapping) {
  auto* p = vm.allocate<MappingProxy>(vm.types.mappingproxy);
  if (!p) return {};
  p->mapping = newref(mapping);
  return Value::object(p);
}

void init_dict_view_types(VM& vm) {
  vm.types.dict_keys = set_view_type(vm, "dict_keys");
  vm.types.dict_items = set_view_type(vm, "dict_items");

  Type* t = vm.types.dict_values = internal_type(vm, "dict_values", sizeof(DictView), view_dealloc);
  t->repr = view_repr;
  t->iter = view_iter;
  add_methods(vm, t, {{"__len__", view_len}, {"__reversed__", view_reversed}});
  add_getsets(vm, t, {{"mapping", view_mapping}});
  finish_builtin_type(vm, t);

  vm.types.dict_keyiterator = iterator_type_new(vm, "dict_keyiterator");
  vm.types.dict_valueiterator = iterator_type_new(vm, "dict_valueiterator");
  vm.types.dict_itemiterator = iterator_type_new(vm, "dict_itemiterator");

  t = vm.types.mappingproxy =
      internal_type(vm, "mappingproxy", sizeof(MappingProxy), proxy_dealloc);
  t->new_ = proxy_new_slot;
  t->repr = proxy_repr;
  t->str = proxy_str;
  t->compare = proxy_compare;
  t->iter = proxy_iter;
  make_unhashable(vm, t);
  add_methods(vm, t,
              {{"__getitem__", proxy_getitem},
               {"__len__", proxy_len},
               {"__contains__", proxy_contains},
               {"get", proxy_get},
               {"keys", proxy_forward<0>},
               {"values", proxy_forward<1>},
               {"items", proxy_forward<2>},
               {"copy", proxy_forward<3>},
               {"__reversed__", proxy_reversed},
               {"__or__", proxy_or_method<false>},
               {"__ror__", proxy_or_method<true>},
               {"__ior__", proxy_ior},
               {"__class_getitem__", generic_class_getitem, NativeKind::class_method}});
  finish_builtin_type(vm, t);
}

} // namespace py
