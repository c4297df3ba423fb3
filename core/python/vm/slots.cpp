#include "python/vm/slots.hpp"

#include "python/objects/code.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/function.hpp"
#include "python/objects/int.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/unraisable.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

// ----- slot wrappers: built-in slots seen as dunder methods ---------------

Value wrap_repr(VM& vm, Type* owner, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__repr__", nargs - 1, kw, 0, 0)) return {};
  return owner->repr(vm, args[0]);
}

Value wrap_str(VM& vm, Type* owner, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__str__", nargs - 1, kw, 0, 0)) return {};
  return owner->str(vm, args[0]);
}

Value wrap_hash(VM& vm, Type* owner, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__hash__", nargs - 1, kw, 0, 0)) return {};
  int64_t h = owner->hash(vm, args[0]);
  if (h == -1 && error_pending(vm)) return {};
  return int_from_int64(vm, h);
}

template <CompareOp op>
Value wrap_compare(VM& vm, Type* owner, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* kNames[] = {"__lt__", "__le__", "__eq__",
                                           "__ne__", "__gt__", "__ge__"};
  if (!check_arity(vm, kNames[int(op)], nargs - 1, kw, 1, 1)) return {};
  return owner->compare(vm, args[0], args[1], op);
}

Str* name_argument(VM& vm, Value v) {
  if (!is_instance(vm, v, vm.types.str)) {
    raise(vm, vm.exc.TypeError, cat("attribute name must be string, not '", type_name(vm, v), "'"));
    return nullptr;
  }
  return static_cast<Str*>(v.as_object());
}

Value wrap_getattribute(VM& vm, Type* owner, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__getattribute__", nargs - 1, kw, 1, 1)) return {};
  Str* name = name_argument(vm, args[1]);
  if (!name) return {};
  return owner->getattr(vm, args[0], name);
}

Value wrap_setattr(VM& vm, Type* owner, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__setattr__", nargs - 1, kw, 2, 2)) return {};
  Str* name = name_argument(vm, args[1]);
  if (!name || !owner->setattr(vm, args[0], name, args[2])) return {};
  return Value::none();
}

Value wrap_delattr(VM& vm, Type* owner, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__delattr__", nargs - 1, kw, 1, 1)) return {};
  Str* name = name_argument(vm, args[1]);
  if (!name || !owner->setattr(vm, args[0], name, Value())) return {};
  return Value::none();
}

Value wrap_call(VM& vm, Type* owner, const Value* args, size_t nargs, Tuple* kw) {
  return owner->call(vm, args[0], args + 1, nargs - 1, kw);
}

Value wrap_iter(VM& vm, Type* owner, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__iter__", nargs - 1, kw, 0, 0)) return {};
  return owner->iter(vm, args[0]);
}

Value wrap_next(VM& vm, Type* owner, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__next__", nargs - 1, kw, 0, 0)) return {};
  Value v = owner->next(vm, args[0]);
  if (v.is_null() && !error_pending(vm)) return raise(vm, vm.exc.StopIteration, "");
  return v;
}

Value wrap_descr_get(VM& vm, Type* owner, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__get__", nargs - 1, kw, 1, 2)) return {};
  Value obj = args[1].is_none() ? Value() : args[1];
  Value type = nargs > 2 && !args[2].is_none() ? args[2] : Value();
  if (obj.is_null() && type.is_null()) {
    return raise(vm, vm.exc.TypeError, "__get__(None, None) is invalid");
  }
  Type* t = type.is_null() ? vm.type_of(obj) : static_cast<Type*>(type.as_object());
  return owner->descr_get(vm, args[0], obj, t);
}

Value wrap_descr_set(VM& vm, Type* owner, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__set__", nargs - 1, kw, 2, 2)) return {};
  if (!owner->descr_set(vm, args[0], args[1], args[2])) return {};
  return Value::none();
}

Value wrap_descr_delete(VM& vm, Type* owner, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__delete__", nargs - 1, kw, 1, 1)) return {};
  if (!owner->descr_set(vm, args[0], args[1], Value())) return {};
  return Value::none();
}

Value wrap_init(VM& vm, Type* owner, const Value* args, size_t nargs, Tuple* kw) {
  if (!owner->init(vm, args[0], args + 1, nargs - 1, kw)) return {};
  return Value::none();
}

Value slot_new(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames);

Value wrap_new(VM& vm, Type* owner, const Value* args, size_t nargs, Tuple* kw) {
  std::string_view owner_name = owner->name->view();
  if (nargs < 1) {
    return raise(vm, vm.exc.TypeError, cat(owner_name, ".__new__(): not enough arguments"));
  }
  if (!is_instance(vm, args[0], vm.types.type)) {
    return raise(
        vm, vm.exc.TypeError,
        cat(owner_name, ".__new__(X): X is not a type object (", type_name(vm, args[0]), ")"));
  }
  auto* cls = static_cast<Type*>(args[0].as_object());
  if (!is_subtype(cls, owner)) {
    return raise(vm, vm.exc.TypeError,
                 cat(owner_name, ".__new__(", cls->name->view(), "): ", cls->name->view(),
                     " is not a subtype of ", owner_name));
  }
  // object.__new__(dict) would skip dict's own allocation: the nearest base
  // without a Python __new__ must make instances the same way as `owner`.
  Type* static_base = cls;
  while (static_base && static_base->new_ == slot_new) static_base = static_base->base;
  if (static_base && static_base->new_ != owner->new_) {
    return raise(vm, vm.exc.TypeError,
                 cat(owner_name, ".__new__(", cls->name->view(), ") is not safe, use ",
                     static_base->name->view(), ".__new__()"));
  }
  return owner->new_(vm, cls, args + 1, nargs - 1, kw);
}

void add_wrapper(VM& vm, Type* type, Str* name, WrapperFn fn, NativeKind kind) {
  if (!dict_get_str(type->dict, name).is_null()) return;
  Ref w = Ref::steal(slot_wrapper_new(vm, type, name, fn));
  w.as<NativeFunction>()->kind = kind;
  dict_set_str(vm, type->dict, name, *w);
}

// ----- trampolines: a class's dunders seen as slots -------------------------

Value slot_repr(VM& vm, Value self) {
  Value r = call_special(vm, self, vm.names.repr, nullptr, 0);
  if (!r.is_null() && !is_instance(vm, r, vm.types.str)) {
    std::string_view tn = type_name(vm, r);
    decref(r);
    return raise(vm, vm.exc.TypeError, cat("__repr__ returned non-string (type ", tn, ")"));
  }
  return r;
}

Value slot_str(VM& vm, Value self) {
  Value r = call_special(vm, self, vm.names.str, nullptr, 0);
  if (!r.is_null() && !is_instance(vm, r, vm.types.str)) {
    std::string_view tn = type_name(vm, r);
    decref(r);
    return raise(vm, vm.exc.TypeError, cat("__str__ returned non-string (type ", tn, ")"));
  }
  return r;
}

int64_t slot_hash(VM& vm, Value self) {
  Ref r = Ref::steal(call_special(vm, self, vm.names.hash, nullptr, 0));
  if (!r) return -1;
  if (!is_instance(vm, *r, vm.types.int_)) {
    raise(vm, vm.exc.TypeError, "__hash__ method should return an integer");
    return -1;
  }
  // An int outside the hash range is reduced the way hash(int) reduces it.
  int64_t h = r.get().is_small_int() ? r.get().as_small_int() : hash(vm, *r);
  return h == -1 ? -2 : h;
}

int64_t hash_unhashable(VM& vm, Value self) {
  raise(vm, vm.exc.TypeError, cat("unhashable type: '", type_name(vm, self), "'"));
  return -1;
}

Value slot_compare(VM& vm, Value self, Value other, CompareOp op) {
  Str* names[] = {vm.names.lt, vm.names.le, vm.names.eq, vm.names.ne, vm.names.gt, vm.names.ge};
  Value method = lookup_type(vm, vm.type_of(self), names[int(op)]);
  if (method.is_null()) return Value::not_implemented();
  Ref hold = Ref::borrow(method);
  Value args[2] = {self, other};
  return call(vm, method, args, 2);
}

Value slot_getattr_hook(VM& vm, Value self, Str* name) {
  Type* type = vm.type_of(self);
  Value getattribute = lookup_type(vm, type, vm.names.getattribute);
  Value result;
  if (getattribute.is_null()) {
    result = generic_get_attr(vm, self, name);
  } else if (vm.type_of(getattribute) == vm.types.wrapper_descriptor) {
    // A built-in __getattribute__ (object's, type's for a metaclass): its slot directly.
    GetAttrFn get = static_cast<NativeFunction*>(getattribute.as_object())->owner->getattr;
    result = get ? get(vm, self, name) : generic_get_attr(vm, self, name);
  } else {
    Ref hold = Ref::borrow(getattribute);
    Value args[2] = {self, Value::object(name)};
    result = call(vm, getattribute, args, 2);
  }
  if (!result.is_null() || !pending_matches(vm, vm.exc.AttributeError)) return result;
  Value getattr = lookup_type(vm, type, vm.names.getattr);
  if (getattr.is_null()) return result;
  clear_exception(vm);
  Ref hold = Ref::borrow(getattr);
  Value args[2] = {self, Value::object(name)};
  return call(vm, getattr, args, 2);
}

bool slot_setattr(VM& vm, Value self, Str* name, Value value) {
  Value args[2] = {Value::object(name), value};
  Ref r = Ref::steal(value.is_null() ? call_special(vm, self, vm.names.delattr, args, 1)
                                     : call_special(vm, self, vm.names.setattr, args, 2));
  return bool(r);
}

Value slot_call(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call_special(vm, self, vm.names.call, args, nargs, kwnames);
}

Value slot_iter(VM& vm, Value self) {
  Value method = lookup_type(vm, vm.type_of(self), vm.names.iter);
  if (method.is_none()) {
    return raise(vm, vm.exc.TypeError, cat("'", type_name(vm, self), "' object is not iterable"));
  }
  Value it = call_special(vm, self, vm.names.iter, nullptr, 0);
  if (it.is_null()) return {};
  if (!vm.type_of(it)->next) {
    std::string_view tn = type_name(vm, it);
    decref(it);
    return raise(vm, vm.exc.TypeError, cat("iter() returned non-iterator of type '", tn, "'"));
  }
  return it;
}

Value slot_next(VM& vm, Value self) {
  Value v = call_special(vm, self, vm.names.next, nullptr, 0);
  if (v.is_null() && pending_matches(vm, vm.exc.StopIteration)) clear_exception(vm);
  return v;
}

Value slot_descr_get(VM& vm, Value descr, Value obj, Type* owner) {
  Value args[2] = {obj.is_null() ? Value::none() : obj, Value::object(owner)};
  return call_special(vm, descr, vm.names.get, args, 2);
}

bool slot_descr_set(VM& vm, Value descr, Value obj, Value value) {
  Value args[2] = {obj, value};
  Ref r = Ref::steal(value.is_null() ? call_special(vm, descr, vm.names.delete_, args, 1)
                                     : call_special(vm, descr, vm.names.set, args, 2));
  return bool(r);
}

Value slot_new(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value method = lookup_type(vm, type, vm.names.new_);
  if (method.is_null()) return raise_no_attribute(vm, Value::object(type), vm.names.new_);
  Ref hold = Ref::borrow(method);
  // __new__ is a static method: unwrap it, then call it with the class first.
  Value fn = method;
  if (vm.type_of(fn) == vm.types.staticmethod)
    fn = static_cast<ClassMethod*>(fn.as_object())->function;
  size_t nkw = kwnames ? kwnames->size : 0;
  std::vector<Value> all(nargs + nkw + 1);
  all[0] = Value::object(type);
  for (size_t i = 0; i < nargs + nkw; ++i) all[i + 1] = args[i];
  return call(vm, fn, all.data(), nargs + 1, kwnames);
}

bool slot_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref r = Ref::steal(call_special(vm, self, vm.names.init, args, nargs, kwnames));
  return r && check_init_result(vm, *r);
}

/// The nearest built-in (non-heap) class of a type's ancestry.
Type* builtin_base(Type* type) {
  while (type->is_heap_type()) type = type->base;
  return type;
}

/// Destroys an instance of a class: runs __del__, clears the instance dict
/// and __slots__, then lets the built-in base free the memory.
void subtype_dealloc(Object* o) {
  Type* type = o->type;
  VM& vm = *type->vm;
  Value del = lookup_type(vm, type, vm.names.del);
  if (!del.is_null()) {
    o->refcount = 1; // resurrect while __del__ runs
    Value saved = fetch_exception(vm);
    Ref r = Ref::steal(call(vm, del, {Value::object(o)}));
    if (!r) report_unraisable(vm, "Exception ignored in", del);
    restore_exception(vm, saved);
    if (--o->refcount != 0) return; // __del__ stored self somewhere
  }
  if (type->dict_offset) {
    Value* slot = object_dict_slot(o);
    Value d = *slot;
    *slot = Value();
    decref(d);
  }
  for (Type* t = type; t->is_heap_type(); t = t->base) {
    if (t->slots_count == 0 || (t->base && t->slots_offset == t->base->slots_offset)) continue;
    Value* values = object_slots(o, t);
    for (uint32_t i = 0; i < t->slots_count; ++i) {
      Value v = values[i];
      values[i] = Value();
      decref(v);
    }
  }
  builtin_base(type)->dealloc(o);
}

/// The first class along the MRO whose dict defines one of `names`, or null.
Type* defining_class(Type* type, std::initializer_list<Str*> names) {
  for (size_t i = 0; i < type->mro->size; ++i) {
    auto* t = static_cast<Type*>(type->mro->item(i).as_object());
    for (Str* n : names) {
      if (!dict_get_str(t->dict, n).is_null()) return t;
    }
  }
  return nullptr;
}

void update_own_slots(VM& vm, Type* type) {
  auto& n = vm.names;
  auto pick = [&](std::initializer_list<Str*> names, auto builtin_slot, auto trampoline) {
    Type* owner = defining_class(type, names);
    if (!owner) owner = builtin_base(type);
    return owner->is_heap_type() ? trampoline : builtin_slot(owner);
  };
  type->repr = pick(
      {n.repr}, [](Type* t) { return t->repr; }, &slot_repr);
  type->str = pick(
      {n.str}, [](Type* t) { return t->str; }, &slot_str);
  type->hash = pick(
      {n.hash}, [](Type* t) { return t->hash; }, &slot_hash);
  if (Type* owner = defining_class(type, {n.hash});
      owner && dict_get_str(owner->dict, n.hash).is_none()) {
    type->hash = &hash_unhashable;
  }
  type->compare = pick(
      {n.eq, n.ne, n.lt, n.le, n.gt, n.ge}, [](Type* t) { return t->compare; }, &slot_compare);
  type->getattr = pick(
      {n.getattribute, n.getattr}, [](Type* t) { return t->getattr; }, &slot_getattr_hook);
  type->setattr = pick(
      {n.setattr, n.delattr}, [](Type* t) { return t->setattr; }, &slot_setattr);
  type->call = pick(
      {n.call}, [](Type* t) { return t->call; }, &slot_call);
  type->iter = pick(
      {n.iter}, [](Type* t) { return t->iter; }, &slot_iter);
  type->next = pick(
      {n.next}, [](Type* t) { return t->next; }, &slot_next);
  type->descr_get = pick(
      {n.get}, [](Type* t) { return t->descr_get; }, &slot_descr_get);
  type->descr_set = pick(
      {n.set, n.delete_}, [](Type* t) { return t->descr_set; }, &slot_descr_set);
  type->new_ = pick(
      {n.new_}, [](Type* t) { return t->new_; }, &slot_new);
  type->init = pick(
      {n.init}, [](Type* t) { return t->init; }, &slot_init);
  type->dealloc = &subtype_dealloc;
}

} // namespace

Function* python_init(VM& vm, Type* type) {
  if (type->init != &slot_init) return nullptr;
  Value init = lookup_type(vm, type, vm.names.init);
  if (init.is_null() || vm.type_of(init) != vm.types.function) return nullptr;
  auto* fn = static_cast<Function*>(init.as_object());
  return fn->code->is_generator_like() ? nullptr : fn;
}

bool check_init_result(VM& vm, Value result) {
  if (result.is_none()) return true;
  raise(vm, vm.exc.TypeError,
        cat("__init__() should return None, not '", type_name(vm, result), "'"));
  return false;
}

void add_slot_wrappers(VM& vm, Type* type) {
  Type* base = type->base;
  auto own = [&](auto member) {
    return type->*member && (!base || type->*member != base->*member);
  };
  auto& n = vm.names;
  if (own(&Type::repr)) add_wrapper(vm, type, n.repr, wrap_repr, NativeKind::slot_wrapper);
  if (own(&Type::str)) add_wrapper(vm, type, n.str, wrap_str, NativeKind::slot_wrapper);
  if (own(&Type::hash)) add_wrapper(vm, type, n.hash, wrap_hash, NativeKind::slot_wrapper);
  if (own(&Type::compare)) {
    add_wrapper(vm, type, n.lt, wrap_compare<CompareOp::lt>, NativeKind::slot_wrapper);
    add_wrapper(vm, type, n.le, wrap_compare<CompareOp::le>, NativeKind::slot_wrapper);
    add_wrapper(vm, type, n.eq, wrap_compare<CompareOp::eq>, NativeKind::slot_wrapper);
    add_wrapper(vm, type, n.ne, wrap_compare<CompareOp::ne>, NativeKind::slot_wrapper);
    add_wrapper(vm, type, n.gt, wrap_compare<CompareOp::gt>, NativeKind::slot_wrapper);
    add_wrapper(vm, type, n.ge, wrap_compare<CompareOp::ge>, NativeKind::slot_wrapper);
  }
  if (own(&Type::getattr)) {
    add_wrapper(vm, type, n.getattribute, wrap_getattribute, NativeKind::slot_wrapper);
  }
  if (own(&Type::setattr)) {
    add_wrapper(vm, type, n.setattr, wrap_setattr, NativeKind::slot_wrapper);
    add_wrapper(vm, type, n.delattr, wrap_delattr, NativeKind::slot_wrapper);
  }
  if (own(&Type::call)) add_wrapper(vm, type, n.call, wrap_call, NativeKind::slot_wrapper);
  if (own(&Type::iter)) add_wrapper(vm, type, n.iter, wrap_iter, NativeKind::slot_wrapper);
  if (own(&Type::next)) add_wrapper(vm, type, n.next, wrap_next, NativeKind::slot_wrapper);
  if (own(&Type::descr_get)) {
    add_wrapper(vm, type, n.get, wrap_descr_get, NativeKind::slot_wrapper);
  }
  if (own(&Type::descr_set)) {
    add_wrapper(vm, type, n.set, wrap_descr_set, NativeKind::slot_wrapper);
    add_wrapper(vm, type, n.delete_, wrap_descr_delete, NativeKind::slot_wrapper);
  }
  if (own(&Type::init)) add_wrapper(vm, type, n.init, wrap_init, NativeKind::slot_wrapper);
  if (own(&Type::new_)) add_wrapper(vm, type, n.new_, wrap_new, NativeKind::static_method);
}

void update_slots(VM& vm, Type* type) {
  update_own_slots(vm, type);
  for (Type* sub : type->subclasses) update_slots(vm, sub);
}

} // namespace py
