// module: a namespace object; attribute access reads and writes its dict.
#include "python/objects/module.hpp"

#include "python/objects/dict.hpp"
#include "python/objects/init.hpp"
#include "python/objects/list.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

bool init_namespace(VM& vm, Module* m, Value name, Value doc) {
  if (!m->dict) {
    Value d = dict_new(vm);
    if (d.is_null()) return false;
    m->dict = static_cast<Dict*>(d.as_object());
  }
  return dict_set_str(vm, m->dict, vm.names.name, name) &&
         dict_set_str(vm, m->dict, vm.names.doc, doc) &&
         dict_set_str(vm, m->dict, vm.names.package, Value::none()) &&
         dict_set_str(vm, m->dict, vm.names.loader, Value::none()) &&
         dict_set_str(vm, m->dict, vm.names.spec, Value::none());
}

void module_dealloc(Object* o) {
  auto* m = static_cast<Module*>(o);
  if (m->dict) decref(m->dict);
  o->type->vm->free_object(o, object_size(o));
}

Value module_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Module* m = vm.allocate<Module>(type);
  if (!m) return {};
  Ref owner = Ref::steal(m);
  if (!init_namespace(vm, m, Value::none(), Value::none())) return {};
  return owner.release();
}

bool module_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("module(name, doc=None)");
  Value a[2];
  if (!sig.bind(vm, args, nargs, kwnames, a)) return false;
  if (!is_instance(vm, a[0], vm.types.str)) {
    raise(vm, vm.exc.TypeError,
          cat("module.__init__() argument 'name' must be str, not ", type_name(vm, a[0])));
    return false;
  }
  return init_namespace(vm, static_cast<Module*>(self.as_object()), a[0],
                        a[1].is_null() ? Value::none() : a[1]);
}

Value module_repr(VM& vm, Value self) {
  Dict* d = static_cast<Module*>(self.as_object())->dict;
  Value name = dict_get_str(d, vm.names.name);
  std::string n = name.is_null() ? "?" : repr_text(vm, name);
  Value file = dict_get_str(d, vm.names.file);
  if (!file.is_null()) return str_new(vm, cat("<module ", n, " from ", repr_text(vm, file), ">"));
  return str_new(vm, cat("<module ", n, " (built-in)>"));
}

Value module_getattr(VM& vm, Value self, Str* name) {
  Value v = generic_get_attr(vm, self, name);
  if (!v.is_null() || !pending_matches(vm, vm.exc.AttributeError)) return v;
  // PEP 562: a module-level __getattr__ answers for missing names.
  Value hook = dict_get_str(static_cast<Module*>(self.as_object())->dict, vm.names.getattr);
  if (hook.is_null()) return v;
  clear_exception(vm);
  Ref hold = Ref::borrow(hook);
  return call(vm, hook, {Value::object(name)});
}

Value module_dir(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Dict* d = static_cast<Module*>(args[0].as_object())->dict;
  return list_from_iterable(vm, Value::object(d));
}

} // namespace

Value module_new(VM& vm, std::string_view name) {
  Module* m = vm.allocate<Module>(vm.types.module);
  if (!m) return {};
  Ref owner = Ref::steal(m);
  Ref n = Ref::steal(str_new(vm, name));
  if (!n || !init_namespace(vm, m, *n, Value::none())) return {};
  return owner.release();
}

void init_module_type(VM& vm) {
  Type* t = vm.types.module = new_builtin_type(vm, "module", vm.types.object, sizeof(Module));
  t->dealloc = module_dealloc;
  t->new_ = module_new_slot;
  t->init = module_init;
  t->repr = module_repr;
  t->getattr = module_getattr;
  t->dict_offset = offsetof(Module, dict);
  add_methods(vm, t, {{"__dir__", module_dir}});
  finish_builtin_type(vm, t);
}

} // namespace py
