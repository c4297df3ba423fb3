// super: attribute lookup that starts after a given class in an object's MRO.
#include "python/objects/cell.hpp"
#include "python/objects/code.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/init.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/frame.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// A super object: the class to start after, the object, and the object's type.
struct Super : Object {
  // Named thisclass, not type: a member `type` would hide Object::type.
  Type* thisclass;
  Value obj;
  Type* obj_type;
};

Super* as_super(Value v) { return static_cast<Super*>(v.as_object()); }

void super_dealloc(Object* o) {
  Super* s = static_cast<Super*>(o);
  if (s->thisclass) decref(s->thisclass);
  decref(s->obj);
  if (s->obj_type) decref(s->obj_type);
  o->type->vm->free_object(o, object_size(o));
}

Value super_new(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Super* s = vm.allocate<Super>(type);
  return s ? Value::object(s) : Value();
}

/// The type whose MRO super() walks for `obj`: obj's type, or obj itself when
/// obj is a subclass of `type` (a classmethod's super()).
Type* supercheck(VM& vm, Type* type, Value obj) {
  if (is_instance(vm, obj, vm.types.type) &&
      is_subtype(static_cast<Type*>(obj.as_object()), type)) {
    return static_cast<Type*>(obj.as_object());
  }
  if (is_instance(vm, obj, type)) return vm.type_of(obj);
  raise(vm, vm.exc.TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

/// super() without arguments: the caller's first argument and its __class__ cell.
bool zero_arg_super(VM& vm, Type** type, Value* obj) {
  Frame* frame = vm.current_frame;
  if (!frame || !frame->function) {
    raise(vm, vm.exc.RuntimeError, "super(): no arguments");
    return false;
  }
  Code* code = frame->code;
  if (code->argcount == 0 && !(code->flags & kCoVarargs)) {
    raise(vm, vm.exc.RuntimeError, "super(): no arguments");
    return false;
  }
  Value* lp = frame->localsplus();
  Value first = lp[0];
  // The first argument may live in a cell (if a closure captures it).
  for (uint32_t i = 0; i < code->ncells(); ++i) {
    if (!code->cell_to_arg.empty() && code->cell_to_arg[i] == 0) {
      first = static_cast<Cell*>(lp[code->nlocals() + i].as_object())->value;
    }
  }
  if (first.is_null()) {
    raise(vm, vm.exc.RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  for (uint32_t i = 0; i < code->nfrees(); ++i) {
    if (static_cast<Str*>(code->freevars->item(i).as_object())->view() != "__class__") continue;
    Value cell = lp[code->nlocals() + code->ncells() + i];
    Value cls = static_cast<Cell*>(cell.as_object())->value;
    if (cls.is_null()) {
      raise(vm, vm.exc.RuntimeError, "super(): empty __class__ cell");
      return false;
    }
    if (!is_instance(vm, cls, vm.types.type)) {
      raise(vm, vm.exc.RuntimeError,
            cat("super(): __class__ is not a type (", type_name(vm, cls), ")"));
      return false;
    }
    *type = static_cast<Type*>(cls.as_object());
    *obj = first;
    return true;
  }
  raise(vm, vm.exc.RuntimeError, "super(): __class__ cell not found");
  return false;
}

bool super_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) {
    raise(vm, vm.exc.TypeError, "super() takes no keyword arguments");
    return false;
  }
  if (nargs > 2) {
    raise(vm, vm.exc.TypeError, cat("super() expected at most 2 arguments, got ", nargs));
    return false;
  }
  Type* type;
  Value obj;
  if (nargs == 0) {
    if (!zero_arg_super(vm, &type, &obj)) return false;
  } else {
    if (!is_instance(vm, args[0], vm.types.type)) {
      raise(vm, vm.exc.TypeError,
            cat("super() argument 1 must be a type, not ", type_name(vm, args[0])));
      return false;
    }
    type = static_cast<Type*>(args[0].as_object());
    obj = nargs == 2 && !args[1].is_none() ? args[1] : Value();
  }
  Type* obj_type = nullptr;
  if (!obj.is_null()) {
    obj_type = supercheck(vm, type, obj);
    if (!obj_type) return false;
  }
  Super* s = as_super(self);
  incref(type);
  if (obj_type) incref(obj_type);
  s->thisclass = type;
  s->obj = newref(obj);
  s->obj_type = obj_type;
  return true;
}

Value super_getattr(VM& vm, Value self, Str* name) {
  Super* s = as_super(self);
  if (s->obj_type && name->view() != "__class__") {
    Tuple* mro = s->obj_type->mro;
    size_t i = 0;
    while (i < mro->size && mro->item(i) != Value::object(s->thisclass)) ++i;
    for (++i; i < mro->size; ++i) {
      Dict* d = static_cast<Type*>(mro->item(i).as_object())->dict;
      Value v = dict_get_str(d, name);
      if (v.is_null()) continue;
      Ref hold = Ref::borrow(v);
      if (DescrGetFn get = vm.type_of(v)->descr_get) {
        Value target = s->obj == Value::object(s->obj_type) ? Value() : s->obj;
        return get(vm, v, target, s->obj_type);
      }
      return hold.release();
    }
  }
  return generic_get_attr(vm, self, name);
}

Value super_repr(VM& vm, Value self) {
  Super* s = as_super(self);
  std::string type = s->thisclass ? cat("<class '", s->thisclass->name->view(), "'>") : "NULL";
  if (s->obj_type) {
    return str_new(vm, cat("<super: ", type, ", <", s->obj_type->name->view(), " object>>"));
  }
  return str_new(vm, cat("<super: ", type, ", NULL>"));
}

Value get_thisclass(VM& vm, Value self) {
  Type* t = as_super(self)->thisclass;
  return t ? newref(Value::object(t)) : Value::none();
}
Value get_self(VM& vm, Value self) {
  Value o = as_super(self)->obj;
  return o.is_null() ? Value::none() : newref(o);
}
Value get_self_class(VM& vm, Value self) {
  Type* t = as_super(self)->obj_type;
  return t ? newref(Value::object(t)) : Value::none();
}

} // namespace

void init_super_type(VM& vm) {
  Type* t = vm.types.super = new_builtin_type(vm, "super", vm.types.object, sizeof(Super));
  t->dealloc = super_dealloc;
  t->new_ = super_new;
  t->init = super_init;
  t->getattr = super_getattr;
  t->repr = super_repr;
  add_getsets(vm, t,
              {{"__thisclass__", get_thisclass},
               {"__self__", get_self},
               {"__self_class__", get_self_class}});
  finish_builtin_type(vm, t);
}

} // namespace py
