// The builtins module: the built-in types, exceptions, constants and functions.
#include "python/objects/module.hpp"
#include "python/builtins/functions.hpp"
#include "python/builtins/io.hpp"
#include "python/builtins/quitter.hpp"
#include "python/builtins/type_docs.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/init.hpp"
#include "python/objects/str.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/vm.hpp"

namespace py {

void init_builtins_module(VM& vm) {
  init_text_output_type(vm);
  Value m = module_new(vm, "builtins");
  auto* module = static_cast<Module*>(m.as_object());
  Dict* d = module->dict;
  vm.builtins = d;
  incref(d);
  dict_set_str(vm, vm.modules, str_intern(vm, "builtins"), m);
  decref(m);

  auto add = [&](std::string_view name, Value v) { dict_set_str(vm, d, str_intern(vm, name), v); };
  // The types a program can name.
  Type* const types[] = {
      vm.types.object,    vm.types.type,        vm.types.int_,         vm.types.bool_,
      vm.types.float_,    vm.types.complex,     vm.types.str,          vm.types.bytes,
      vm.types.bytearray, vm.types.tuple,       vm.types.list,         vm.types.dict,
      vm.types.set,       vm.types.frozenset,   vm.types.range,        vm.types.slice,
      vm.types.property,  vm.types.classmethod, vm.types.staticmethod, vm.types.super,
      vm.types.enumerate, vm.types.zip,         vm.types.map,          vm.types.filter,
      vm.types.reversed};
  for (Type* t : types) {
    if (t) add(t->name->view(), Value::object(t));
  }
#define PY_ADD_EXCEPTION(name, base) add(#name, Value::object(vm.exc.name));
  PY_EXCEPTION_TYPES(PY_ADD_EXCEPTION)
#undef PY_ADD_EXCEPTION
  add("EnvironmentError", Value::object(vm.exc.OSError));
  add("IOError", Value::object(vm.exc.OSError));
  add("None", Value::none());
  add("True", Value::true_());
  add("False", Value::false_());
  add("Ellipsis", Value::ellipsis());
  add("NotImplemented", Value::not_implemented());
  add("__debug__", Value::true_());
  add("__name__", Value::object(str_intern(vm, "builtins")));

  for (const MethodDef* f = kBuiltinFunctions; f->name; ++f) {
    add_functions(vm, module, {*f});
  }
  add_functions(vm, module,
                {{"print", builtin_print},
                 {"input", builtin_input},
                 {"__build_class__", builtin_build_class}});
  add_builtin_docs(vm, d);
  add_quitters(vm, module);
}

} // namespace py
