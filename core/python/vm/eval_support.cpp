#include "python/vm/eval_support.hpp"

#include <cstring>
#include <vector>

#include "python/objects/cell.hpp"
#include "python/objects/code.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/exception.hpp"
#include "python/objects/function.hpp"
#include "python/objects/int.hpp"
#include "python/objects/list.hpp"
#include "python/objects/module.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/range.hpp"
#include "python/objects/set.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/frame.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

// ----- names -------------------------------------------------------------------

namespace {

std::string_view tuple_name(Tuple* t, size_t i) {
  return static_cast<Str*>(t->item(i).as_object())->view();
}

/// The name of cell/free slot `index` (relative to the first cell).
std::string_view deref_name(Code* code, uint32_t index) {
  uint32_t ncells = code->ncells();
  return index < ncells ? tuple_name(code->cellvars, index)
                        : tuple_name(code->freevars, index - ncells);
}

/// Sets exc.name = name on a just-raised NameError (for suggestions).
void set_name_attribute(VM& vm, Str* name) {
  if (Dict* d = instance_dict(vm, vm.pending_exception)) {
    dict_set_str(vm, d, vm.names.name_, Value::object(name));
  }
}

/// d[name] for the locals mapping of a class body (a dict or any mapping);
/// null without an exception when absent.
Value mapping_get(VM& vm, Value mapping, Str* name) {
  if (vm.type_of(mapping) == vm.types.dict) {
    Value v = dict_get_str(static_cast<Dict*>(mapping.as_object()), name);
    return v.is_null() ? v : newref(v);
  }
  Value v = get_item(vm, mapping, Value::object(name));
  if (v.is_null() && pending_matches(vm, vm.exc.KeyError)) clear_exception(vm);
  return v;
}

} // namespace

void raise_unbound_local(VM& vm, Code* code, uint32_t index) {
  raise(vm, vm.exc.UnboundLocalError,
        cat("cannot access local variable '", tuple_name(code->varnames, index),
            "' where it is not associated with a value"));
}

void raise_unbound_deref(VM& vm, Code* code, uint32_t index) {
  if (index < code->ncells()) {
    raise(vm, vm.exc.UnboundLocalError,
          cat("cannot access local variable '", deref_name(code, index),
              "' where it is not associated with a value"));
  } else {
    raise(vm, vm.exc.NameError,
          cat("cannot access free variable '", deref_name(code, index),
              "' where it is not associated with a value in enclosing scope"));
  }
}

void raise_name_error(VM& vm, Str* name) {
  raise(vm, vm.exc.NameError, cat("name '", name->view(), "' is not defined"));
  set_name_attribute(vm, name);
}

Value load_name(VM& vm, Frame* frame, Str* name) {
  if (frame->locals) {
    Value v = mapping_get(vm, Value::object(frame->locals), name);
    if (!v.is_null() || error_pending(vm)) return v;
  }
  Value v = dict_get_str(frame->globals, name);
  if (v.is_null()) v = dict_get_str(frame->builtins, name);
  if (v.is_null()) {
    raise_name_error(vm, name);
    return {};
  }
  return newref(v);
}

bool store_name(VM& vm, Frame* frame, Str* name, Value value) {
  if (!frame->locals) {
    raise(vm, vm.exc.SystemError, cat("no locals found when storing '", name->view(), "'"));
    return false;
  }
  if (vm.type_of(Value::object(frame->locals)) == vm.types.dict) {
    return dict_set_str(vm, frame->locals, name, value);
  }
  return set_item(vm, Value::object(frame->locals), Value::object(name), value);
}

bool delete_name(VM& vm, Frame* frame, Str* name) {
  if (!frame->locals) {
    raise(vm, vm.exc.SystemError, cat("no locals when deleting '", name->view(), "'"));
    return false;
  }
  Lookup r = dict_remove(vm, frame->locals, Value::object(name));
  if (r == Lookup::missing) raise_name_error(vm, name);
  return r == Lookup::found;
}

Value load_classderef(VM& vm, Frame* frame, uint32_t index) {
  Code* code = frame->code;
  std::string_view name_text = deref_name(code, index);
  Str* name = str_intern(vm, name_text);
  if (frame->locals) {
    Value v = mapping_get(vm, Value::object(frame->locals), name);
    if (!v.is_null() || error_pending(vm)) return v;
  }
  Value v = static_cast<Cell*>(frame->localsplus()[code->nlocals() + index].as_object())->value;
  if (v.is_null()) {
    raise_unbound_deref(vm, code, index);
    return {};
  }
  return newref(v);
}

namespace {

/// True for a type attribute that binds as a plain method (a Python function
/// or a built-in type's method descriptor): LOAD_METHOD skips the bound method.
bool is_plain_method(VM& vm, Value descr) {
  if (descr.is_null()) return false;
  Type* dt = vm.type_of(descr);
  return dt == vm.types.function ||
         (dt == vm.types.method_descriptor &&
          static_cast<NativeFunction*>(descr.as_object())->kind == NativeKind::method);
}

/// load_method once the type's attribute `descr` (maybe null) is known.
bool load_method_from(VM& vm, Value obj, Str* name, Value* out, Value descr) {
  if (is_plain_method(vm, descr) && !instance_shadows(obj, name)) {
    *out = newref(descr);
    return true;
  }
  *out = generic_get_attr_from(vm, obj, name, descr);
  return false;
}

} // namespace

namespace {

/// The instance __dict__ of obj when its type's attribute lookups may use the
/// kAttrInstance cache (a versioned type whose instances have a __dict__), else null.
Dict* cacheable_instance_dict(Value obj, Type* type) {
  return type->version == 0 ? nullptr : existing_instance_dict(obj);
}

/// Points `cache` at entry `index` of the instance __dict__ for the type
/// just looked up (cache.version). `previous` is the type version the cache
/// held as kAttrInstance before (0: none): it stays as version2, so that a
/// site that sees two classes in turn (a base method run for instances of a
/// subclass too) keeps hitting; the index is only a hint, checked on use.
void remember_instance_entry(InlineCache& cache, int64_t index, uint64_t previous) {
  if (previous != cache.version) cache.version2 = previous ? previous : kNoTypeVersion;
  cache.kind = kAttrInstance;
  cache.index = uint32_t(index);
}

} // namespace

Value load_attr(VM& vm, Value obj, Str* name, InlineCache& cache) {
  Type* type = vm.type_of(obj);
  uint64_t previous = cache.kind == kAttrInstance ? cache.version : 0;
  cache.kind = kAttrUnknown;
  if (type->getattr != &generic_get_attr) return type->getattr(vm, obj, name);
  Value descr = lookup_type_cached(vm, type, name, cache);
  if (Dict* d = descr.is_null() ? cacheable_instance_dict(obj, type) : nullptr) {
    int64_t index = dict_index_str(d, name);
    if (index >= 0) {
      remember_instance_entry(cache, index, previous);
      return newref(d->entries[index].value);
    }
  }
  return generic_get_attr_from(vm, obj, name, descr);
}

bool store_attr(VM& vm, Value obj, Str* name, Value value, InlineCache& cache) {
  Type* type = vm.type_of(obj);
  uint64_t previous = cache.kind == kAttrInstance ? cache.version : 0;
  cache.kind = kAttrUnknown;
  if (type->setattr != &generic_set_attr) return type->setattr(vm, obj, name, value);
  Value descr = lookup_type_cached(vm, type, name, cache);
  Dict* d = descr.is_null() ? cacheable_instance_dict(obj, type) : nullptr;
  if (!d) return generic_set_attr_from(vm, obj, name, value, descr);
  // One probe: an attribute the instance lacks (as __init__ adds them) lands
  // in a new last entry; else the entry that holds it is found again.
  size_t entries = d->entry_count;
  if (!dict_set_str(vm, d, name, value)) return false;
  int64_t index = d->entry_count > entries ? int64_t(d->entry_count) - 1 : dict_index_str(d, name);
  remember_instance_entry(cache, index, previous);
  return true;
}

bool load_method(VM& vm, Value obj, Str* name, Value* out, InlineCache& cache) {
  Type* type = vm.type_of(obj);
  if (type->getattr != &generic_get_attr) {
    *out = get_attr(vm, obj, name);
    return false;
  }
  Value descr = lookup_type_cached(vm, type, name, cache);
  cache.kind = type->version == 0 || !is_plain_method(vm, descr) ? kMethodUnknown
               : type->dict_offset                               ? kMethodUnlessShadowed
                                                                 : kMethodPlain;
  return load_method_from(vm, obj, name, out, descr);
}

// ----- calls -----------------------------------------------------------------------

namespace {

/// "__main__.f()" / "len()": how CPython names a callable in argument errors.
std::string function_str(VM& vm, Value fn) {
  Ref qualname = Ref::steal(get_attr_optional(vm, fn, vm.names.qualname));
  if (!qualname || !is_instance(vm, *qualname, vm.types.str)) {
    clear_exception(vm);
    return cat(repr_text(vm, fn), " object");
  }
  Ref module = Ref::steal(get_attr_optional(vm, fn, vm.names.module));
  clear_exception(vm);
  std::string_view q = qualname.as<Str>()->view();
  if (module && is_instance(vm, *module, vm.types.str) && module.as<Str>()->view() != "builtins") {
    return cat(module.as<Str>()->view(), ".", q, "()");
  }
  return cat(q, "()");
}

bool is_mapping(VM& vm, Value v) {
  return is_instance(vm, v, vm.types.dict) ||
         !lookup_type(vm, vm.type_of(v), vm.names.keys).is_null();
}

} // namespace

Value call_function_ex(VM& vm, Value callable, Value null_or_self, Value args, Value kwargs) {
  (void)null_or_self;
  Ref args_tuple;
  if (vm.type_of(args) == vm.types.tuple) {
    args_tuple = Ref::borrow(args);
  } else {
    if (vm.type_of(args)->iter == nullptr &&
        lookup_type(vm, vm.type_of(args), vm.names.getitem).is_null()) {
      return raise(vm, vm.exc.TypeError,
                   cat(function_str(vm, callable), " argument after * must be an iterable, not ",
                       type_name(vm, args)));
    }
    Ref list = Ref::steal(list_from_iterable(vm, args));
    if (!list) return {};
    args_tuple = Ref::steal(tuple_new(vm, list.as<List>()->items, list.as<List>()->size));
    if (!args_tuple) return {};
  }
  Ref kw;
  if (!kwargs.is_null()) {
    if (vm.type_of(kwargs) == vm.types.dict) {
      kw = Ref::borrow(kwargs);
    } else {
      kw = Ref::steal(dict_new(vm));
      if (!kw || !dict_merge_for_call(vm, kw.as<Dict>(), kwargs, callable)) return {};
    }
  }
  return call_ex(vm, callable, *args_tuple, kw.get());
}

bool refill_budget(VM& vm) {
  vm.budget = int64_t(vm.options().budget_interval);
  if (vm.host().check_budget()) return true;
  raise(vm, vm.exc.KeyboardInterrupt, "");
  return false;
}

// ----- displays and unpacking --------------------------------------------------------------

bool list_extend_for_display(VM& vm, List* list, Value iterable) {
  Type* t = vm.type_of(iterable);
  if (!t->iter && lookup_type(vm, t, vm.names.getitem).is_null()) {
    raise(vm, vm.exc.TypeError, cat("Value after * must be an iterable, not ", t->name->view()));
    return false;
  }
  Ref items = Ref::steal(list_from_iterable(vm, iterable));
  if (!items) return false;
  auto* src = items.as<List>();
  if (!list_reserve(vm, list, list->size + src->size)) return false;
  for (size_t i = 0; i < src->size; ++i) list->items[list->size++] = newref(src->items[i]);
  return true;
}

bool dict_update_for_display(VM& vm, Dict* dict, Value mapping) {
  if (!is_mapping(vm, mapping)) {
    raise(vm, vm.exc.TypeError, cat("'", type_name(vm, mapping), "' object is not a mapping"));
    return false;
  }
  return dict_update(vm, dict, mapping);
}

bool dict_merge_for_call(VM& vm, Dict* dict, Value mapping, Value callable) {
  if (!is_mapping(vm, mapping)) {
    raise(vm, vm.exc.TypeError,
          cat(function_str(vm, callable), " argument after ** must be a mapping, not ",
              type_name(vm, mapping)));
    return false;
  }
  Ref source = Ref::steal(dict_new(vm));
  if (!source || !dict_update(vm, source.as<Dict>(), mapping)) return false;
  size_t pos = 0;
  DictEntry* e;
  while (dict_next(source.as<Dict>(), &pos, &e)) {
    if (!is_instance(vm, e->key, vm.types.str)) {
      raise(vm, vm.exc.TypeError, cat(function_str(vm, callable), " keywords must be strings"));
      return false;
    }
    Value existing;
    Lookup r = dict_lookup(vm, dict, e->key, &existing);
    if (r == Lookup::error) return false;
    if (r == Lookup::found) {
      raise(vm, vm.exc.TypeError,
            cat(function_str(vm, callable), " got multiple values for keyword argument '",
                static_cast<Str*>(e->key.as_object())->view(), "'"));
      return false;
    }
    if (!dict_set(vm, dict, e->key, e->value)) return false;
  }
  return true;
}

namespace {

/// The items of a sequence to unpack: borrowed from a list/tuple, or collected.
bool collect_items(VM& vm, Value seq, Ref* holder, const Value** items, size_t* n) {
  Type* t = vm.type_of(seq);
  if (t == vm.types.tuple) {
    *items = static_cast<Tuple*>(seq.as_object())->items();
    *n = static_cast<Tuple*>(seq.as_object())->size;
    return true;
  }
  if (t == vm.types.list) {
    *items = static_cast<List*>(seq.as_object())->items;
    *n = static_cast<List*>(seq.as_object())->size;
    return true;
  }
  if (!t->iter && lookup_type(vm, t, vm.names.getitem).is_null()) {
    raise(vm, vm.exc.TypeError, cat("cannot unpack non-iterable ", t->name->view(), " object"));
    return false;
  }
  *holder = Ref::steal(list_from_iterable(vm, seq));
  if (!*holder) return false;
  *items = holder->as<List>()->items;
  *n = holder->as<List>()->size;
  return true;
}

} // namespace

bool unpack_sequence(VM& vm, Value seq, uint32_t n, Value* out) {
  Ref holder;
  const Value* items;
  size_t count;
  if (!collect_items(vm, seq, &holder, &items, &count)) return false;
  if (count < n) {
    raise(vm, vm.exc.ValueError,
          cat("not enough values to unpack (expected ", n, ", got ", count, ")"));
    return false;
  }
  if (count > n) {
    raise(vm, vm.exc.ValueError, cat("too many values to unpack (expected ", n, ")"));
    return false;
  }
  for (uint32_t i = 0; i < n; ++i) out[n - 1 - i] = newref(items[i]);
  return true;
}

bool unpack_ex(VM& vm, Value seq, uint32_t before, uint32_t after, Value* out) {
  Ref holder;
  const Value* items;
  size_t count;
  if (!collect_items(vm, seq, &holder, &items, &count)) return false;
  if (count < before + after) {
    raise(vm, vm.exc.ValueError,
          cat("not enough values to unpack (expected at least ", before + after, ", got ", count,
              ")"));
    return false;
  }
  uint32_t total = before + after + 1;
  Value middle = list_from(vm, items + before, count - before - after);
  if (middle.is_null()) return false;
  for (uint32_t i = 0; i < before; ++i) out[total - 1 - i] = newref(items[i]);
  out[total - 1 - before] = middle;
  for (uint32_t i = 0; i < after; ++i) {
    out[after - 1 - i] = newref(items[count - after + i]);
  }
  return true;
}

Value str_join_values(VM& vm, const Value* items, uint32_t n) {
  size_t size = 0, length = 0;
  bool ascii = true;
  for (uint32_t i = 0; i < n; ++i) {
    auto* s = static_cast<Str*>(items[i].as_object());
    size += s->size;
    length += s->length;
    ascii = ascii && s->ascii;
  }
  Str* r = str_alloc(vm, size, length, ascii);
  if (!r) return {};
  char* p = r->mutable_data();
  for (uint32_t i = 0; i < n; ++i) {
    auto* s = static_cast<Str*>(items[i].as_object());
    std::memcpy(p, s->data(), s->size);
    p += s->size;
  }
  return Value::object(r);
}

Value str_concat(VM& vm, Str* a, Str* b) {
  if (b->size == 0) return newref(Value::object(a));
  if (a->size == 0) return newref(Value::object(b));
  Value items[2] = {Value::object(a), Value::object(b)};
  return str_join_values(vm, items, 2);
}

Value format_value(VM& vm, Value v, uint32_t conversion, Value spec) {
  Ref converted;
  switch (conversion) {
  case 1: converted = Ref::steal(str(vm, v)); break;
  case 2: converted = Ref::steal(repr(vm, v)); break;
  case 3: converted = Ref::steal(ascii(vm, v)); break;
  default: converted = Ref::borrow(v); break;
  }
  if (!converted) return {};
  if (spec.is_null()) {
    if (vm.type_of(*converted) == vm.types.str) return converted.release();
    return format(vm, *converted, Value::object(vm.empty_str));
  }
  return format(vm, *converted, spec);
}

// ----- subscripts ---------------------------------------------------------------------

Value subscript_fast(VM& vm, Value container, Value key) {
  Type* t = vm.type_of(container);
  if (key.is_small_int()) {
    int64_t i = key.as_small_int();
    if (t == vm.types.list) {
      auto* l = static_cast<List*>(container.as_object());
      if (i < 0) i += int64_t(l->size);
      if (i < 0 || i >= int64_t(l->size))
        return raise(vm, vm.exc.IndexError, "list index out of range");
      return newref(l->items[i]);
    }
    if (t == vm.types.tuple) {
      auto* tu = static_cast<Tuple*>(container.as_object());
      if (i < 0) i += int64_t(tu->size);
      if (i < 0 || i >= int64_t(tu->size)) {
        return raise(vm, vm.exc.IndexError, "tuple index out of range");
      }
      return newref(tu->item(i));
    }
  }
  if (t == vm.types.dict) {
    Value v;
    Lookup r = dict_lookup(vm, static_cast<Dict*>(container.as_object()), key, &v);
    if (r == Lookup::found) return newref(v);
    if (r == Lookup::missing) raise_key_error(vm, key);
    return {};
  }
  return {};
}

bool store_subscript_fast(VM& vm, Value container, Value key, Value value) {
  Type* t = vm.type_of(container);
  if (t == vm.types.list && key.is_small_int()) {
    auto* l = static_cast<List*>(container.as_object());
    int64_t i = key.as_small_int();
    if (i < 0) i += int64_t(l->size);
    if (i < 0 || i >= int64_t(l->size)) {
      raise(vm, vm.exc.IndexError, "list assignment index out of range");
      return false;
    }
    Value old = l->items[i];
    l->items[i] = newref(value);
    decref(old);
    return true;
  }
  if (t == vm.types.dict)
    return dict_set(vm, static_cast<Dict*>(container.as_object()), key, value);
  return false;
}

// ----- exceptions -------------------------------------------------------------------------

bool do_raise(VM& vm, Value exc, Value cause) {
  if (exc.is_null()) {
    Value handled = vm.current_handled();
    if (handled.is_none()) {
      raise(vm, vm.exc.RuntimeError, "No active exception to reraise");
      return false;
    }
    restore_exception(vm, newref(handled));
    return true;
  }
  raise_value(vm, exc);
  if (cause.is_null()) return false;
  Value pending = vm.pending_exception;
  if (!is_instance(vm, pending, vm.exc.BaseException)) return false;
  Ref cause_value;
  if (cause.is_none()) {
    cause_value = Ref::borrow(cause);
  } else if (is_instance(vm, cause, vm.types.type) &&
             is_subtype(static_cast<Type*>(cause.as_object()), vm.exc.BaseException)) {
    Value saved = fetch_exception(vm);
    cause_value = Ref::steal(call(vm, cause, nullptr, 0));
    if (!cause_value) {
      decref(saved);
      return false;
    }
    restore_exception(vm, saved);
    pending = vm.pending_exception;
  } else if (is_instance(vm, cause, vm.exc.BaseException)) {
    cause_value = Ref::borrow(cause);
  } else {
    clear_exception(vm);
    raise(vm, vm.exc.TypeError, "exception causes must derive from BaseException");
    return false;
  }
  auto* e = static_cast<BaseException*>(pending.as_object());
  Value old = e->cause;
  e->cause = cause_value.release();
  e->suppress_context = true;
  decref(old);
  return false;
}

int exception_matches(VM& vm, Value exc, Value type) {
  auto valid = [&](Value t) {
    return is_instance(vm, t, vm.types.type) &&
           is_subtype(static_cast<Type*>(t.as_object()), vm.exc.BaseException);
  };
  if (is_instance(vm, type, vm.types.tuple)) {
    auto* tuple = static_cast<Tuple*>(type.as_object());
    for (size_t i = 0; i < tuple->size; ++i) {
      if (!valid(tuple->item(i))) {
        raise(vm, vm.exc.TypeError,
              "catching classes that do not inherit from BaseException is not allowed");
        return -1;
      }
    }
  } else if (!valid(type)) {
    raise(vm, vm.exc.TypeError,
          "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return isinstance(vm, exc, type);
}

bool exception_group_match(VM& vm, Value eg, Value type, Value* match, Value* rest) {
  if (exception_matches(vm, eg, type) < 0 && error_pending(vm)) return false;
  if (is_instance(vm, type, vm.exc.BaseExceptionGroup) ||
      (is_instance(vm, type, vm.types.type) &&
       is_subtype(static_cast<Type*>(type.as_object()), vm.exc.BaseExceptionGroup))) {
    raise(vm, vm.exc.TypeError,
          "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return false;
  }
  if (!is_instance(vm, eg, vm.exc.BaseExceptionGroup)) {
    if (isinstance(vm, eg, type) == 1) {
      // A naked exception matched: wrap it so the handler sees a group.
      Ref excs = Ref::steal(tuple_of(vm, {eg}));
      if (!excs) return false;
      Value args[2] = {Value::object(vm.empty_str), *excs};
      Type* group_type =
          is_instance(vm, eg, vm.exc.Exception) ? vm.exc.ExceptionGroup : vm.exc.BaseExceptionGroup;
      Value wrapped = call(vm, Value::object(group_type), args, 2);
      if (wrapped.is_null()) return false;
      *match = wrapped;
      *rest = Value::none();
    } else {
      *match = Value::none();
      *rest = newref(eg);
    }
  } else {
    Ref pair = Ref::steal(call_method(vm, eg, str_intern(vm, "split"), &type, 1));
    if (!pair) return false;
    auto* t = pair.as<Tuple>();
    *match = newref(t->item(0));
    *rest = newref(t->item(1));
  }
  if (!match->is_none()) {
    Value old = vm.handled->exception;
    vm.handled->exception = newref(*match);
    decref(old);
  }
  return true;
}

Value prep_reraise_star(VM& vm, Value orig, Value raised) {
  auto* list = static_cast<List*>(raised.as_object());
  std::vector<Value> kept;
  for (size_t i = 0; i < list->size; ++i) {
    if (!list->items[i].is_none()) kept.push_back(list->items[i]);
  }
  if (kept.empty()) return Value::none();
  if (!is_instance(vm, orig, vm.exc.BaseExceptionGroup)) {
    // A naked exception was wrapped for the handlers: re-raise it unwrapped.
    return newref(kept.size() == 1 ? kept[0] : orig);
  }
  // Exceptions re-raised from orig keep their place in the original group;
  // new ones are grouped together with them.
  std::vector<Value> reraised, fresh;
  for (Value e : kept) {
    bool from_orig = false;
    if (is_instance(vm, e, vm.exc.BaseExceptionGroup)) {
      auto* eg = static_cast<BaseException*>(e.as_object());
      auto* og = static_cast<BaseException*>(orig.as_object());
      from_orig = eg->traceback == og->traceback;
    }
    (from_orig ? reraised : fresh).push_back(e);
  }
  if (fresh.empty() && reraised.size() == 1) return newref(reraised[0]);
  std::vector<Value> all;
  if (!reraised.empty()) all.push_back(reraised.size() == 1 ? reraised[0] : orig);
  for (Value e : fresh) all.push_back(e);
  if (all.size() == 1) return newref(all[0]);
  Ref items = Ref::steal(list_from(vm, all.data(), all.size()));
  Value args[2] = {Value::object(vm.empty_str), *items};
  return call(vm, Value::object(vm.exc.BaseExceptionGroup), args, 2);
}

// ----- with ----------------------------------------------------------------------------------

bool before_with(VM& vm, Value mgr, bool async, Value* exit_method, Value* enter_result) {
  Type* t = vm.type_of(mgr);
  Str* enter_name = async ? vm.names.aenter : vm.names.enter;
  Str* exit_name = async ? vm.names.aexit : vm.names.exit;
  const char* protocol = async ? "asynchronous context manager" : "context manager";
  Value enter = lookup_type(vm, t, enter_name);
  if (enter.is_null()) {
    raise(vm, vm.exc.TypeError,
          cat("'", t->name->view(), "' object does not support the ", protocol, " protocol"));
    return false;
  }
  Value exit = lookup_type(vm, t, exit_name);
  if (exit.is_null()) {
    raise(vm, vm.exc.TypeError,
          cat("'", t->name->view(), "' object does not support the ", protocol,
              " protocol (missed ", exit_name->view(), " method)"));
    return false;
  }
  Ref enter_hold = Ref::borrow(enter);
  Ref bound_exit;
  if (DescrGetFn get = vm.type_of(exit)->descr_get) {
    bound_exit = Ref::steal(get(vm, exit, mgr, t));
    if (!bound_exit) return false;
  } else {
    bound_exit = Ref::borrow(exit);
  }
  Value result = call(vm, enter, {mgr});
  if (result.is_null()) return false;
  *exit_method = bound_exit.release();
  *enter_result = result;
  return true;
}

Value call_exit_with_exception(VM& vm, Value exit_method, Value exc) {
  auto* e = static_cast<BaseException*>(exc.as_object());
  Value tb = e->traceback.is_null() ? Value::none() : e->traceback;
  Value args[3] = {Value::object(vm.type_of(exc)), exc, tb};
  return call(vm, exit_method, args, 3);
}

bool setup_annotations(VM& vm, Frame* frame) {
  if (!frame->locals) {
    raise(vm, vm.exc.SystemError, "no locals found when setting up annotations");
    return false;
  }
  if (!dict_get_str(frame->locals, vm.names.annotations).is_null()) return true;
  Ref d = Ref::steal(dict_new(vm));
  return d && dict_set_str(vm, frame->locals, vm.names.annotations, *d);
}

// ----- match ----------------------------------------------------------------------------------

namespace {

/// True when some class of t's MRO is named `name` and comes from collections.abc
/// (how user classes declare themselves mappings or sequences for `match`).
bool derives_from_abc(VM& vm, Type* t, std::string_view name) {
  for (size_t i = 0; i < t->mro->size; ++i) {
    auto* c = static_cast<Type*>(t->mro->item(i).as_object());
    if (c->name->view() != name) continue;
    Value module = dict_get_str(c->dict, vm.names.module);
    if (!module.is_null() && is_instance(vm, module, vm.types.str) &&
        static_cast<Str*>(module.as_object())->view().starts_with("collections")) {
      return true;
    }
  }
  return false;
}

} // namespace

bool match_mapping(VM& vm, Value subject) {
  Type* t = vm.type_of(subject);
  return is_subtype(t, vm.types.dict) || t == vm.types.mappingproxy ||
         derives_from_abc(vm, t, "Mapping") || derives_from_abc(vm, t, "MutableMapping");
}

bool match_sequence(VM& vm, Value subject) {
  Type* t = vm.type_of(subject);
  if (is_subtype(t, vm.types.str) || is_subtype(t, vm.types.bytes) ||
      is_subtype(t, vm.types.bytearray)) {
    return false;
  }
  return is_subtype(t, vm.types.list) || is_subtype(t, vm.types.tuple) ||
         is_subtype(t, vm.types.range) || derives_from_abc(vm, t, "Sequence") ||
         derives_from_abc(vm, t, "MutableSequence") || derives_from_abc(vm, t, "deque");
}

Value match_keys(VM& vm, Value subject, Value keys) {
  auto* kt = static_cast<Tuple*>(keys.as_object());
  if (kt->size == 0) return tuple_empty(vm);
  Ref get = Ref::steal(get_attr(vm, subject, vm.names.get_));
  if (!get) return {};
  Ref seen = Ref::steal(set_new(vm));
  Ref dummy = Ref::steal(list_new(vm));
  Tuple* values = tuple_alloc(vm, kt->size);
  if (!values) return {};
  Ref result = Ref::steal(values);
  for (size_t i = 0; i < kt->size; ++i) {
    Value key = kt->item(i);
    int dup = contains(vm, *seen, key);
    if (dup < 0) return {};
    if (dup) {
      return raise(vm, vm.exc.ValueError,
                   cat("mapping pattern checks duplicate key (", repr_text(vm, key), ")"));
    }
    Ref add = Ref::steal(call_method(vm, *seen, str_intern(vm, "add"), &key, 1));
    if (!add) return {};
    Value args[2] = {key, *dummy};
    Value v = call(vm, *get, args, 2);
    if (v.is_null()) return {};
    if (v == *dummy) {
      decref(v);
      return Value::none();
    }
    values->items()[i] = v;
  }
  return result.release();
}

Value match_class(VM& vm, Value subject, Value cls, uint32_t npositional, Value names) {
  if (!is_instance(vm, cls, vm.types.type)) {
    return raise(vm, vm.exc.TypeError, "called match pattern must be a class");
  }
  int is = isinstance(vm, subject, cls);
  if (is < 0) return {};
  if (!is) return Value::none();
  auto* type = static_cast<Type*>(cls.as_object());
  auto* kw = static_cast<Tuple*>(names.as_object());
  std::vector<Str*> attrs;
  bool match_self = false;
  if (npositional) {
    Ref match_args = Ref::steal(get_attr_optional(vm, cls, vm.names.match_args));
    if (error_pending(vm)) return {};
    if (match_args) {
      if (vm.type_of(*match_args) != vm.types.tuple) {
        return raise(vm, vm.exc.TypeError,
                     cat(type->name->view(), ".__match_args__ must be a tuple (got ",
                         type_name(vm, *match_args), ")"));
      }
      auto* ma = match_args.as<Tuple>();
      if (npositional > ma->size) {
        return raise(vm, vm.exc.TypeError,
                     cat(type->name->view(), "() accepts ", ma->size, " positional sub-pattern",
                         ma->size == 1 ? "" : "s", " (", npositional, " given)"));
      }
      for (uint32_t i = 0; i < npositional; ++i) {
        if (!is_instance(vm, ma->item(i), vm.types.str)) {
          return raise(vm, vm.exc.TypeError,
                       cat("__match_args__ elements must be strings (got ",
                           type_name(vm, ma->item(i)), ")"));
        }
        attrs.push_back(static_cast<Str*>(ma->item(i).as_object()));
      }
    } else {
      static constexpr uint32_t kSelfMatching = kIntSubclass | kStrSubclass | kTupleSubclass |
                                                kListSubclass | kDictSubclass | kFloatSubclass |
                                                kSetSubclass | kBytesSubclass;
      match_self = (type->type_flags & kSelfMatching) && !type->is_heap_type();
      if (!match_self || npositional > 1) {
        uint32_t accepts = match_self ? 1 : 0;
        return raise(vm, vm.exc.TypeError,
                     cat(type->name->view(), "() accepts ", accepts, " positional sub-pattern",
                         accepts == 1 ? "" : "s", " (", npositional, " given)"));
      }
    }
  }
  for (size_t i = 0; i < kw->size; ++i) attrs.push_back(static_cast<Str*>(kw->item(i).as_object()));
  for (size_t i = 0; i < attrs.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (str_equal(attrs[i], attrs[j])) {
        return raise(vm, vm.exc.TypeError,
                     cat(type->name->view(), "() got multiple sub-patterns for attribute '",
                         attrs[i]->view(), "'"));
      }
    }
  }
  size_t total = attrs.size() + (match_self ? 1 : 0);
  Tuple* out = tuple_alloc(vm, total);
  if (!out) return {};
  Ref result = Ref::steal(out);
  size_t k = 0;
  if (match_self) out->items()[k++] = newref(subject);
  for (Str* a : attrs) {
    Value v = get_attr_optional(vm, subject, a);
    if (v.is_null()) {
      if (error_pending(vm)) return {};
      return Value::none();
    }
    out->items()[k++] = v;
  }
  return result.release();
}

} // namespace py
