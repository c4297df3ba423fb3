// object: the root of every class — identity equality and hashing, the
// generic attribute protocol, __new__/__init__ argument checks, __class__.
#include <cstdio>

#include "python/objects/dict.hpp"
#include "python/objects/init.hpp"
#include "python/objects/list.hpp"
#include "python/objects/object.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/type_ops.hpp"
#include "python/vm/vm.hpp"

namespace py {

Value object_get_dict(VM& vm, Value self) {
  Dict* d = instance_dict(vm, self);
  if (!d) {
    if (error_pending(vm)) return {};
    return raise_no_attribute(vm, self, vm.names.dict);
  }
  return newref(Value::object(d));
}

bool object_set_dict(VM& vm, Value self, Value value) {
  if (!self.is_object() || !self.as_object()->type->dict_offset) {
    raise_no_attribute(vm, self, vm.names.dict);
    return false;
  }
  if (value.is_null() || !is_instance(vm, value, vm.types.dict)) {
    raise(vm, vm.exc.TypeError,
          cat("__dict__ must be set to a dictionary, not a '",
              value.is_null() ? "NoneType" : type_name(vm, value), "'"));
    return false;
  }
  Value* slot = object_dict_slot(self.as_object());
  Value old = *slot;
  *slot = newref(value);
  decref(old);
  return true;
}

namespace {

void object_dealloc(Object* o) { o->type->vm->free_object(o, object_size(o)); }

Value object_repr(VM& vm, Value self) {
  Type* type = vm.type_of(self);
  Value module = dict_get_str(type->dict, vm.names.module);
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.as_object()));
  if (!module.is_null() && is_instance(vm, module, vm.types.str) &&
      static_cast<Str*>(module.as_object())->view() != "builtins") {
    return str_new(vm, cat("<", static_cast<Str*>(module.as_object())->view(), ".",
                           type->qualname->view(), " object at ", address, ">"));
  }
  return str_new(vm, cat("<", type->qualname->view(), " object at ", address, ">"));
}

Value object_str(VM& vm, Value self) { return vm.type_of(self)->repr(vm, self); }

int64_t object_hash(VM& vm, Value self) {
  // CPython's _Py_HashPointer: the address rotated by 4 bits.
  auto y = uint64_t(reinterpret_cast<uintptr_t>(self.as_object()));
  y = (y >> 4) | (y << 60);
  auto h = int64_t(y);
  return h == -1 ? -2 : h;
}

Value object_compare(VM& vm, Value self, Value other, CompareOp op) {
  if (op == CompareOp::eq) return self == other ? Value::true_() : Value::not_implemented();
  if (op == CompareOp::ne) {
    // By default != inverts the result of __eq__.
    Type* t = vm.type_of(self);
    if (t->compare == object_compare) {
      return self == other ? Value::false_() : Value::not_implemented();
    }
    Value eq = t->compare(vm, self, other, CompareOp::eq);
    if (eq.is_null() || eq.is_not_implemented()) return eq;
    int truth = truthy(vm, eq);
    decref(eq);
    if (truth < 0) return {};
    return Value::boolean(!truth);
  }
  return Value::not_implemented();
}

bool excess_args(size_t nargs, Tuple* kwnames) { return nargs || (kwnames && kwnames->size); }

bool object_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames);

} // namespace

Value object_new(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (excess_args(nargs, kwnames)) {
    if (type->new_ != object_new) {
      return raise(vm, vm.exc.TypeError,
                   "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (type->init == object_init) {
      return raise(vm, vm.exc.TypeError, cat(type->qualname->view(), "() takes no arguments"));
    }
  }
  if (type->has_flag(kAbstract)) {
    Value abstract = dict_get_str(type->dict, vm.names.abstractmethods);
    Ref sorted_names = Ref::steal(list_from_iterable(vm, abstract));
    if (!sorted_names || !list_sort(vm, sorted_names.as<List>(), Value(), false)) return {};
    std::string joined;
    auto* l = sorted_names.as<List>();
    for (size_t i = 0; i < l->size; ++i) {
      if (i) joined += ", ";
      Ref s = Ref::steal(str(vm, l->items[i]));
      if (!s) return {};
      joined += s.as<Str>()->view();
    }
    return raise(vm, vm.exc.TypeError,
                 cat("Can't instantiate abstract class ", type->name->view(),
                     " with abstract method", l->size == 1 ? " " : "s ", joined));
  }
  Object* o = vm.allocate<Object>(type);
  return o ? Value::object(o) : Value();
}

namespace {

bool object_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (excess_args(nargs, kwnames)) {
    Type* type = vm.type_of(self);
    if (type->init != object_init) {
      raise(vm, vm.exc.TypeError,
            "object.__init__() takes exactly one argument (the instance to initialize)");
      return false;
    }
    if (type->new_ == object_new) {
      raise(vm, vm.exc.TypeError, cat(type->qualname->view(), "() takes no arguments"));
      return false;
    }
  }
  return true;
}

// ----- attributes and methods ----------------------------------------------------------

Value get_class(VM& vm, Value self) { return newref(Value::object(vm.type_of(self))); }

bool set_class(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    raise(vm, vm.exc.TypeError, "can't delete __class__ attribute");
    return false;
  }
  if (!is_instance(vm, value, vm.types.type)) {
    raise(vm, vm.exc.TypeError,
          cat("__class__ must be set to a class, not '", type_name(vm, value), "' object"));
    return false;
  }
  auto* target = static_cast<Type*>(value.as_object());
  Type* current = vm.type_of(self);
  if (!self.is_object() || !current->is_heap_type() || !target->is_heap_type()) {
    raise(vm, vm.exc.TypeError,
          "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return false;
  }
  if (target->basic_size != current->basic_size || target->dict_offset != current->dict_offset) {
    raise(vm, vm.exc.TypeError,
          cat("__class__ assignment: '", target->name->view(), "' object layout differs from '",
              current->name->view(), "'"));
    return false;
  }
  incref(target);
  self.as_object()->type = target;
  decref(current);
  return true;
}

Value object_format(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__format__", nargs - 1, kw, 1, 1)) return {};
  if (!is_instance(vm, args[1], vm.types.str)) {
    return raise(vm, vm.exc.TypeError,
                 cat("__format__() argument must be str, not ", type_name(vm, args[1])));
  }
  if (static_cast<Str*>(args[1].as_object())->size != 0) {
    return raise(
        vm, vm.exc.TypeError,
        cat("unsupported format string passed to ", type_name(vm, args[0]), ".__format__"));
  }
  return str(vm, args[0]);
}

Value object_dir(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__dir__", nargs - 1, kw, 0, 0)) return {};
  Ref names = Ref::steal(dict_new(vm));
  if (!names) return {};
  if (Dict* d = instance_dict(vm, args[0])) {
    if (!dict_update(vm, names.as<Dict>(), Value::object(d))) return {};
  }
  Tuple* mro = vm.type_of(args[0])->mro;
  for (size_t i = 0; i < mro->size; ++i) {
    Dict* d = static_cast<Type*>(mro->item(i).as_object())->dict;
    size_t pos = 0;
    DictEntry* e;
    while (dict_next(d, &pos, &e)) {
      if (!dict_set(vm, names.as<Dict>(), e->key, Value::none())) return {};
    }
  }
  return list_from_iterable(vm, *names);
}

Value object_init_subclass(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size) {
    return raise(vm, vm.exc.TypeError,
                 cat(static_cast<Type*>(args[0].as_object())->name->view(),
                     ".__init_subclass__() takes no keyword arguments"));
  }
  if (!check_arity(vm, "__init_subclass__", nargs - 1, nullptr, 0, 0)) return {};
  return Value::none();
}

Value object_subclasshook(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return Value::not_implemented();
}

Value object_sizeof(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__sizeof__", nargs - 1, kw, 0, 0)) return {};
  Value self = args[0];
  return Value::small_int(self.is_object() ? int64_t(object_size(self.as_object())) : 28);
}

Value object_reduce_ex(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return raise(vm, vm.exc.TypeError, cat("cannot pickle '", type_name(vm, args[0]), "' object"));
}

} // namespace

/// object.__getstate__(): the instance dict (None when absent or empty), paired
/// with a dict of the set __slots__ values when there are any (CPython 3.11).
Value object_getstate(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__getstate__", nargs - 1, kw, 0, 0)) return {};
  Value self = args[0];
  Type* type = vm.type_of(self);
  Ref state = Ref::borrow(Value::none());
  if (type->dict_offset) {
    Value d = *object_dict_slot(self.as_object());
    if (!d.is_null() && static_cast<Dict*>(d.as_object())->used) state = Ref::borrow(d);
  }
  Ref slots;
  for (size_t i = 0; i < type->mro->size; ++i) {
    auto* t = static_cast<Type*>(type->mro->item(i).as_object());
    if (!t->is_heap_type() || !t->slots_count) continue;
    size_t pos = 0;
    DictEntry* e;
    while (dict_next(t->dict, &pos, &e)) {
      if (vm.type_of(e->value) != vm.types.member_descriptor) continue;
      Ref value = Ref::steal(get_attr_optional(vm, self, static_cast<Str*>(e->key.as_object())));
      if (!value) {
        if (error_pending(vm)) return {};
        continue;
      }
      if (!slots) slots = Ref::steal(dict_new(vm));
      if (!slots || !dict_set(vm, slots.as<Dict>(), e->key, *value)) return {};
    }
  }
  if (slots) return tuple_of(vm, {*state, *slots});
  return state.release();
}

void init_object_type(VM& vm) {
  Type* t = vm.types.object;
  setup_builtin_type(vm, t, "object", nullptr, sizeof(Object));
  t->dealloc = object_dealloc;
  t->repr = object_repr;
  t->str = object_str;
  t->hash = object_hash;
  t->compare = object_compare;
  t->getattr = generic_get_attr;
  t->setattr = generic_set_attr;
  t->new_ = object_new;
  t->init = object_init;
  add_getsets(vm, t, {{"__class__", get_class, set_class}});
  add_methods(vm, t,
              {{"__format__", object_format},
               {"__dir__", object_dir},
               {"__init_subclass__", object_init_subclass, NativeKind::class_method},
               {"__subclasshook__", object_subclasshook, NativeKind::class_method},
               {"__sizeof__", object_sizeof},
               {"__reduce_ex__", object_reduce_ex},
               {"__getstate__", object_getstate},
               {"__reduce__", object_reduce_ex}});
  finish_builtin_type(vm, t);
}

} // namespace py
