// The dict type: construction, repr, equality and the methods, with
// CPython 3.11's semantics and messages (Objects/dictobject.c). The table
// itself lives in dict.cpp; the views and mappingproxy in dict_views.cpp.
#include <string>

#include "python/objects/dict.hpp"
#include "python/objects/generic_alias.hpp"
#include "python/objects/init.hpp"
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

bool slot_arity(VM& vm, const char* name, size_t nargs, Tuple* kwnames, size_t expected) {
  if (kwnames && kwnames->size) {
    raise(vm, vm.exc.TypeError, cat("wrapper ", name, "() takes no keyword arguments"));
    return false;
  }
  if (nargs == expected) return true;
  raise(vm, vm.exc.TypeError,
        cat("expected ", expected, " argument", expected == 1 ? "" : "s", ", got ", nargs));
  return false;
}

int64_t unhashable_hash(VM& vm, Value self) {
  raise(vm, vm.exc.TypeError, cat("unhashable type: '", type_name(vm, self), "'"));
  return -1;
}

namespace {

Dict* as_dict(Value v) { return static_cast<Dict*>(v.as_object()); }

/// repr(dict): "{k: v, ...}", "{...}" for a dict already being printed.
Value dict_repr(VM& vm, Value self) {
  Dict* d = as_dict(self);
  if (d->flags & kInRepr) return str_new(vm, "{...}");
  if (d->used == 0) return str_new(vm, "{}");
  d->flags |= kInRepr;
  std::string out = "{";
  size_t pos = 0;
  DictEntry* e;
  bool ok = true;
  while (ok && dict_next(d, &pos, &e)) {
    // repr() may change the dict: hold the pair while printing it.
    Ref key = Ref::borrow(e->key);
    Ref value = Ref::borrow(e->value);
    if (out.size() > 1) out += ", ";
    Ref k = Ref::steal(repr(vm, *key));
    Ref v = k ? Ref::steal(repr(vm, *value)) : Ref();
    ok = bool(v);
    if (ok) {
      out += k.as<Str>()->view();
      out += ": ";
      out += v.as<Str>()->view();
    }
  }
  d->flags &= ~kInRepr;
  if (!ok) return {};
  out += '}';
  return str_new(vm, out);
}

/// dict_equal: same size, and every key of a maps to an equal value in b.
/// 1, 0, -1 on error.
int dict_equal(VM& vm, Dict* a, Dict* b) {
  if (a->used != b->used) return 0;
  size_t pos = 0;
  DictEntry* e;
  while (dict_next(a, &pos, &e)) {
    Ref key = Ref::borrow(e->key);
    Ref avalue = Ref::borrow(e->value);
    Value bvalue;
    Lookup r = dict_lookup_hashed(vm, b, *key, e->hash, &bvalue);
    if (r == Lookup::error) return -1;
    if (r == Lookup::missing) return 0;
    Ref hold = Ref::borrow(bvalue);
    int eq = equal(vm, *avalue, bvalue);
    if (eq <= 0) return eq;
  }
  return 1;
}

/// dict_richcompare: == and != between dicts; no ordering.
Value dict_compare(VM& vm, Value self, Value other, CompareOp op) {
  if ((op != CompareOp::eq && op != CompareOp::ne) || !is_instance(vm, other, vm.types.dict)) {
    return Value::not_implemented();
  }
  int eq = dict_equal(vm, as_dict(self), as_dict(other));
  if (eq < 0) return {};
  return Value::boolean((eq == 1) == (op == CompareOp::eq));
}

Value dict_iter(VM& vm, Value self) {
  return dict_iter_new(vm, as_dict(self), vm.types.dict_keyiterator, false);
}

Value dict_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Dict* d = vm.allocate<Dict>(type);
  if (!d) return {};
  d->version = vm.next_version();
  return Value::object(d);
}

/// dict_update_common: the optional positional argument, then the keywords.
bool update_common(VM& vm, Dict* d, const char* name, const Value* args, size_t nargs,
                   Tuple* kwnames) {
  if (nargs > 1) {
    raise(vm, vm.exc.TypeError, cat(name, " expected at most 1 argument, got ", nargs));
    return false;
  }
  if (nargs == 1 && !dict_update(vm, d, args[0])) return false;
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t i = 0; i < nkw; ++i) {
    if (!dict_set(vm, d, kwnames->item(i), args[nargs + i])) return false;
  }
  return true;
}

bool dict_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return update_common(vm, as_dict(self), "dict", args, nargs, kwnames);
}

/// Calls type(self).__missing__(self, key) for a dict subclass; null without
/// an exception when the class has none.
Value call_missing(VM& vm, Value self, Value key) {
  Type* t = vm.type_of(self);
  Value missing = lookup_type(vm, t, vm.names.missing);
  if (missing.is_null()) return {};
  Ref hold = Ref::borrow(missing);
  if (DescrGetFn get = vm.type_of(missing)->descr_get) {
    Ref bound = Ref::steal(get(vm, missing, self, t));
    if (!bound) return {};
    return call(vm, *bound, {key});
  }
  return call(vm, missing, {key});
}

Value dict_getitem(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "dict.__getitem__", nargs - 1, kw, 1, 1)) return {};
  Value v;
  Lookup r = dict_lookup(vm, as_dict(args[0]), args[1], &v);
  if (r == Lookup::found) return newref(v);
  if (r == Lookup::error) return {};
  if (vm.type_of(args[0]) != vm.types.dict) {
    Value result = call_missing(vm, args[0], args[1]);
    if (!result.is_null() || error_pending(vm)) return result;
  }
  return raise_key_error(vm, args[1]);
}

Value dict_setitem(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!slot_arity(vm, "__setitem__", nargs - 1, kw, 2)) return {};
  if (!dict_set(vm, as_dict(args[0]), args[1], args[2])) return {};
  return Value::none();
}

Value dict_delitem(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!slot_arity(vm, "__delitem__", nargs - 1, kw, 1)) return {};
  Lookup r = dict_remove(vm, as_dict(args[0]), args[1]);
  if (r == Lookup::missing) return raise_key_error(vm, args[1]);
  if (r == Lookup::error) return {};
  return Value::none();
}

Value dict_contains(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "dict.__contains__", nargs - 1, kw, 1, 1)) return {};
  Value v;
  Lookup r = dict_lookup(vm, as_dict(args[0]), args[1], &v);
  if (r == Lookup::error) return {};
  return Value::boolean(r == Lookup::found);
}

Value dict_len(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!slot_arity(vm, "__len__", nargs - 1, kw, 0)) return {};
  return Value::small_int(int64_t(as_dict(args[0])->used));
}

Value dict_reversed(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "dict.__reversed__", nargs - 1, kw, 0, 0)) return {};
  return dict_iter_new(vm, as_dict(args[0]), vm.types.dict_keyiterator, true);
}

Value dict_sizeof(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "dict.__sizeof__", nargs - 1, kw, 0, 0)) return {};
  // _PyDict_SizeOf on CPython's 64-bit layout: the object, then its keys
  // object (header, indices of 1 to 8 bytes, entries of 16 bytes for
  // str-only tables and 24 otherwise).
  Dict* d = as_dict(args[0]);
  int64_t size = 48;
  if (d->index_size) {
    size_t width = d->index_size <= 128 ? 1 : d->index_size <= 0x8000 ? 2 : 4;
    size += 32 + int64_t(d->index_size * width + d->entry_capacity * (d->general_keys ? 24 : 16));
  }
  return Value::small_int(size);
}

/// dict | other and dict |= other share this: a copy (or self) updated.
Value dict_or(VM& vm, Value left, Value right) {
  if (!is_instance(vm, left, vm.types.dict) || !is_instance(vm, right, vm.types.dict)) {
    return Value::not_implemented();
  }
  Ref result = Ref::steal(dict_copy(vm, as_dict(left)));
  if (!result || !dict_update(vm, result.as<Dict>(), right)) return {};
  return result.release();
}

Value dict_or_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!slot_arity(vm, "__or__", nargs - 1, kw, 1)) return {};
  return dict_or(vm, args[0], args[1]);
}

Value dict_ror_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!slot_arity(vm, "__ror__", nargs - 1, kw, 1)) return {};
  return dict_or(vm, args[1], args[0]);
}

Value dict_ior_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!slot_arity(vm, "__ior__", nargs - 1, kw, 1)) return {};
  if (!dict_update(vm, as_dict(args[0]), args[1])) return {};
  return newref(args[0]);
}

Value dict_get(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!clinic_arity(vm, "dict.get", "get", nargs - 1, kw, 1, 2)) return {};
  Value v;
  Lookup r = dict_lookup(vm, as_dict(args[0]), args[1], &v);
  if (r == Lookup::error) return {};
  if (r == Lookup::found) return newref(v);
  return nargs > 2 ? newref(args[2]) : Value::none();
}

Value dict_setdefault(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!clinic_arity(vm, "dict.setdefault", "setdefault", nargs - 1, kw, 1, 2)) return {};
  Dict* d = as_dict(args[0]);
  int64_t h = hash(vm, args[1]);
  if (h == -1) return {};
  Value v;
  Lookup r = dict_lookup_hashed(vm, d, args[1], h, &v);
  if (r == Lookup::error) return {};
  if (r == Lookup::found) return newref(v);
  Value fallback = nargs > 2 ? args[2] : Value::none();
  if (!dict_set_hashed(vm, d, args[1], h, fallback)) return {};
  return newref(fallback);
}

Value dict_pop_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!clinic_arity(vm, "dict.pop", "pop", nargs - 1, kw, 1, 2)) return {};
  Dict* d = as_dict(args[0]);
  // _PyDict_Pop: an empty dict does not even hash the key.
  Value v;
  Lookup r = d->used == 0 ? Lookup::missing : dict_pop(vm, d, args[1], &v);
  if (r == Lookup::found) return v;
  if (r == Lookup::error) return {};
  if (nargs > 2) return newref(args[2]);
  return raise_key_error(vm, args[1]);
}

Value dict_popitem_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "dict.popitem", nargs - 1, kw, 0, 0)) return {};
  Value key, value;
  if (!dict_popitem(vm, as_dict(args[0]), &key, &value)) {
    return raise(vm, vm.exc.KeyError, "popitem(): dictionary is empty");
  }
  Ref k = Ref::steal(key);
  Ref v = Ref::steal(value);
  return tuple_of(vm, {key, value});
}

/// keys(), values() and items(): a view of the given type.
template <Type* BuiltinTypes::*view_type>
Value dict_view_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* kNames[] = {"dict.keys", "dict.values", "dict.items"};
  const char* name = view_type == &BuiltinTypes::dict_keys     ? kNames[0]
                     : view_type == &BuiltinTypes::dict_values ? kNames[1]
                                                               : kNames[2];
  if (!check_arity(vm, name, nargs - 1, kw, 0, 0)) return {};
  return dict_view_new(vm, args[0], vm.types.*view_type);
}

Value dict_update_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!update_common(vm, as_dict(args[0]), "update", args + 1, nargs - 1, kw)) return {};
  return Value::none();
}

Value dict_clear_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "dict.clear", nargs - 1, kw, 0, 0)) return {};
  dict_clear(vm, as_dict(args[0]));
  return Value::none();
}

Value dict_copy_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "dict.copy", nargs - 1, kw, 0, 0)) return {};
  return dict_copy(vm, as_dict(args[0]));
}

/// dict.fromkeys(iterable, value=None): `cls()` filled with the keys
/// (_PyDict_FromKeys, presized for a dict or set of keys).
Value dict_fromkeys(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!clinic_arity(vm, "dict.fromkeys", "fromkeys", nargs - 1, kw, 1, 2)) return {};
  Value iterable = args[1];
  Value value = nargs > 2 ? args[2] : Value::none();
  Ref result = Ref::steal(call(vm, args[0], nullptr, 0));
  if (!result) return {};
  bool exact = vm.type_of(*result) == vm.types.dict;
  if (exact && result.as<Dict>()->used == 0) {
    Dict* d = result.as<Dict>();
    Type* it = vm.type_of(iterable);
    if (it == vm.types.dict) {
      auto* src = as_dict(iterable);
      if (!dict_presize(vm, d, src->used, src->general_keys)) return {};
      size_t pos = 0;
      DictEntry* e;
      while (dict_next(src, &pos, &e)) {
        if (!dict_set_hashed(vm, d, e->key, e->hash, value)) return {};
      }
      return result.release();
    }
    if (it == vm.types.set || it == vm.types.frozenset) {
      auto* src = static_cast<Set*>(iterable.as_object());
      if (!dict_presize(vm, d, src->used, true)) return {};
      size_t pos = 0;
      SetEntry* e;
      while (set_next(src, &pos, &e)) {
        if (!dict_set_hashed(vm, d, e->key, e->hash, value)) return {};
      }
      return result.release();
    }
  }
  Ref iter = Ref::steal(get_iter(vm, iterable));
  if (!iter) return {};
  while (true) {
    Ref key = Ref::steal(iter_next(vm, *iter));
    if (!key) break;
    bool ok =
        exact ? dict_set(vm, result.as<Dict>(), *key, value) : set_item(vm, *result, *key, value);
    if (!ok) return {};
  }
  if (error_pending(vm)) return {};
  return result.release();
}

} // namespace

void init_dict_types(VM& vm) {
  Type* t = vm.types.dict;
  setup_builtin_type(vm, t, "dict", vm.types.object, sizeof(Dict));
  t->type_flags |= kDictSubclass;
  t->dealloc = dict_dealloc;
  t->repr = dict_repr;
  t->hash = unhashable_hash;
  t->compare = dict_compare;
  t->iter = dict_iter;
  t->new_ = dict_new_slot;
  t->init = dict_init;
  dict_set_str(vm, t->dict, vm.names.hash, Value::none());
  add_methods(vm, t,
              {{"__getitem__", dict_getitem},
               {"__setitem__", dict_setitem},
               {"__delitem__", dict_delitem},
               {"__contains__", dict_contains},
               {"__len__", dict_len},
               {"__reversed__", dict_reversed},
               {"__sizeof__", dict_sizeof},
               {"__or__", dict_or_method},
               {"__ror__", dict_ror_method},
               {"__ior__", dict_ior_method},
               {"get", dict_get},
               {"setdefault", dict_setdefault},
               {"pop", dict_pop_method},
               {"popitem", dict_popitem_method},
               {"keys", dict_view_method<&BuiltinTypes::dict_keys>},
               {"values", dict_view_method<&BuiltinTypes::dict_values>},
               {"items", dict_view_method<&BuiltinTypes::dict_items>},
               {"update", dict_update_method},
               {"clear", dict_clear_method},
               {"copy", dict_copy_method},
               {"fromkeys", dict_fromkeys, NativeKind::class_method},
               {"__class_getitem__", generic_class_getitem, NativeKind::class_method}});
  finish_builtin_type(vm, t);
  init_dict_view_types(vm);
}

} // namespace py
