// None, NotImplemented and Ellipsis: immediate values with types of their own.
#include "python/objects/init.hpp"
#include "python/objects/str.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

Value none_repr(VM& vm, Value self) { return str_new(vm, "None"); }
Value not_implemented_repr(VM& vm, Value self) { return str_new(vm, "NotImplemented"); }
Value ellipsis_repr(VM& vm, Value self) { return str_new(vm, "Ellipsis"); }

/// NoneType() / type(NotImplemented)() / type(...)() return the singleton.
template <Value (*singleton)()>
Value singleton_new(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity(vm, type->name->view(), nargs, kwnames, 0, 0)) {
    clear_exception(vm);
    return raise(vm, vm.exc.TypeError, cat(type->name->view(), " takes no arguments"));
  }
  return singleton();
}

Value none_bool(VM& vm, const Value* args, size_t nargs, Tuple* kw) { return Value::false_(); }

Type* singleton_type(VM& vm, const char* name, UnaryFn repr, NewFn new_fn, Value instance) {
  Type* t = new_builtin_type(vm, name, vm.types.object, 0, 0);
  t->repr = repr;
  t->new_ = new_fn;
  vm.set_immediate_type(instance, t);
  return t;
}

} // namespace

void init_singleton_types(VM& vm) {
  vm.types.none =
      singleton_type(vm, "NoneType", none_repr, singleton_new<Value::none>, Value::none());
  add_methods(vm, vm.types.none, {{"__bool__", none_bool}});
  finish_builtin_type(vm, vm.types.none);
  vm.types.not_implemented =
      singleton_type(vm, "NotImplementedType", not_implemented_repr,
                     singleton_new<Value::not_implemented>, Value::not_implemented());
  finish_builtin_type(vm, vm.types.not_implemented);
  vm.types.ellipsis = singleton_type(vm, "ellipsis", ellipsis_repr, singleton_new<Value::ellipsis>,
                                     Value::ellipsis());
  finish_builtin_type(vm, vm.types.ellipsis);
}

} // namespace py
