#include "python/vm/builder.hpp"

#include <cstring>
#include <new>

#include "python/objects/descriptor.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/module.hpp"
#include "python/objects/object.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/slots.hpp"
#include "python/vm/vm.hpp"

namespace py {

Type* type_shell(VM& vm) {
  void* memory = vm.heap().allocate(sizeof(Type));
  std::memset(memory, 0, sizeof(Type));
  auto* t = new (memory) Type();
  t->refcount = 1;
  t->flags = kImmortal;
  t->type = vm.types.type;
  t->vm = &vm;
  vm.builtin_types.push_back(t);
  return t;
}

void setup_builtin_type(VM& vm, Type* t, std::string_view name, Type* base, size_t basic_size,
                        uint32_t flags) {
  t->type = vm.types.type;
  t->name = str_intern(vm, name);
  t->qualname = t->name;
  t->base = base;
  t->basic_size = uint32_t(basic_size);
  t->version = vm.next_version();
  if (!t->dict) t->dict = static_cast<Dict*>(dict_new(vm).as_object());
  t->type_flags = flags;
  if (base) {
    t->type_flags |= base->type_flags & ~(kHeapType | kBaseType | kAbstract);
    t->dealloc = base->dealloc;
    t->repr = base->repr;
    t->str = base->str;
    t->hash = base->hash;
    t->compare = base->compare;
    t->getattr = base->getattr;
    t->setattr = base->setattr;
    t->call = base->call;
    t->iter = base->iter;
    t->next = base->next;
    t->descr_get = base->descr_get;
    t->descr_set = base->descr_set;
    t->new_ = base->new_;
    t->init = base->init;
    t->var_size = base->var_size;
    t->dict_offset = base->dict_offset;
    t->bases = static_cast<Tuple*>(tuple_of(vm, {Value::object(base)}).as_object());
    base->subclasses.push_back(t);
  } else {
    t->bases = static_cast<Tuple*>(tuple_empty(vm).as_object());
  }
}

Type* new_builtin_type(VM& vm, std::string_view name, Type* base, size_t basic_size,
                       uint32_t flags) {
  Type* t = type_shell(vm);
  setup_builtin_type(vm, t, name, base, basic_size, flags);
  return t;
}

void add_methods(VM& vm, Type* type, std::initializer_list<MethodDef> methods) {
  for (const MethodDef& m : methods) {
    Ref fn = Ref::steal(native_method_new(vm, type, m.name, m.fn, m.kind, m.doc));
    dict_set_str(vm, type->dict, str_intern(vm, m.name), *fn);
  }
  type->version = vm.next_version();
}

void add_getsets(VM& vm, Type* type, std::initializer_list<GetSetDef> getsets) {
  for (const GetSetDef& g : getsets) {
    auto* d = vm.allocate<GetSetDescriptor>(vm.types.getset_descriptor);
    d->owner = type;
    d->name = str_intern(vm, g.name);
    d->get = g.get;
    d->set = g.set;
    d->doc = g.doc;
    Ref ref = Ref::steal(d);
    dict_set_str(vm, type->dict, d->name, *ref);
  }
  type->version = vm.next_version();
}

void finish_builtin_type(VM& vm, Type* type) {
  // The MRO of a single-inheritance built-in type: itself, then its base's.
  size_t base_len = type->base ? type->base->mro->size : 0;
  Tuple* mro = tuple_alloc(vm, base_len + 1);
  mro->items()[0] = newref(Value::object(type));
  for (size_t i = 0; i < base_len; ++i) mro->items()[i + 1] = newref(type->base->mro->item(i));
  if (type->mro) decref(type->mro);
  type->mro = mro;
  add_slot_wrappers(vm, type);
  // A type whose instances gain a __dict__ here shows it as an attribute.
  if (type->dict_offset && (!type->base || !type->base->dict_offset)) {
    add_getsets(vm, type, {{"__dict__", object_get_dict, object_set_dict}});
  }
  // Like PyType_Ready: every type's dict has __doc__ (None when it has no
  // docstring), so instances never see a base's docstring.
  if (dict_get_str(type->dict, vm.names.doc).is_null()) {
    dict_set_str(vm, type->dict, vm.names.doc, Value::none());
  }
  type->version = vm.next_version();
}

void add_functions(VM& vm, Module* module, std::initializer_list<MethodDef> functions) {
  Value module_name = dict_get_str(module->dict, vm.names.name);
  for (const MethodDef& m : functions) {
    Ref fn = Ref::steal(native_function_new(vm, m.name, m.fn, m.doc));
    fn.as<NativeFunction>()->module = newref(module_name);
    dict_set_str(vm, module->dict, str_intern(vm, m.name), *fn);
  }
}

void module_add(VM& vm, Module* module, std::string_view name, Value value) {
  dict_set_str(vm, module->dict, str_intern(vm, name), value);
  decref(value);
}

} // namespace py
