#include "python/vm/vm.hpp"

#include <cstdint>
#include <cstring>

#include "python/objects/codecs.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/init.hpp"
#include "python/objects/module.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/import.hpp"
#include "python/vm/protocol.hpp"

namespace py {

VM::VM(Host& host, const VMOptions& options)
    : recursion_limit(options.recursion_limit), native_stack_limit(options.native_stack_units),
      budget(int64_t(options.budget_interval)),
      loop_pause_countdown(pause_countdown_for(options.loop_pause_interval)), host_(host),
      options_(options), heap_(options.memory_limit) {
  init_types();
  init_builtins();
}

VM::~VM() {
  clear_exception(*this);
  // Module namespaces hold functions whose globals are those namespaces:
  // clearing them breaks the cycles, so most objects are freed normally
  // (running their destructors). The heap frees whatever cycles remain.
  if (modules) {
    size_t pos = 0;
    DictEntry* entry;
    std::vector<Value> namespaces;
    while (dict_next(modules, &pos, &entry)) {
      if (is_instance(*this, entry->value, types.module)) namespaces.push_back(entry->value);
    }
    for (Value m : namespaces) incref(m);
    for (Value m : namespaces) dict_clear(*this, static_cast<Module*>(m.as_object())->dict);
    for (Value m : namespaces) decref(m);
    dict_clear(*this, modules);
  }
  decref(memory_error);
  for (auto& [name, state] : module_state) decref(state);
  module_state.clear();
  for (Type* t : builtin_types) t->~Type();
}

Value VM::current_handled() const {
  for (HandledException* h = handled; h; h = h->previous) {
    if (!h->exception.is_none() && !h->exception.is_null()) return h->exception;
  }
  return Value::none();
}

void* VM::allocate_bytes(size_t bytes) {
  void* memory = allocate_bytes_uninit(bytes);
  if (memory) std::memset(memory, 0, bytes);
  return memory;
}

void* VM::allocate_bytes_uninit(size_t bytes) {
  void* memory = heap_.allocate(bytes);
  if (!memory) raise_memory_error(*this);
  return memory;
}

void VM::free_object(Object* o, size_t bytes) {
  Type* type = o->type;
  heap_.release(o, bytes);
  if (type->is_heap_type()) decref(type);
}

void VM::init_types() {
  bootstrap_core_types(*this);
#define PY_INTERN_NAME(field, text) names.field = str_intern(*this, text);
  PY_NAMES(PY_INTERN_NAME)
#undef PY_INTERN_NAME
  init_object_type(*this);
  init_type_type(*this);
  init_str_type(*this);
  init_dict_types(*this);
  init_tuple_type(*this);
  init_int_types(*this);
  init_float_type(*this);
  init_complex_type(*this);
  init_singleton_types(*this);
  init_bytes_types(*this);
  init_list_type(*this);
  init_set_types(*this);
  init_range_type(*this);
  init_slice_type(*this);
  init_function_types(*this);
  init_code_type(*this);
  init_cell_type(*this);
  init_module_type(*this);
  init_exception_types(*this);
  init_unicode_error_types(*this);
  init_generator_types(*this);
  init_iterator_types(*this);
  init_super_type(*this);
  init_union_type(*this);
  init_anext_awaitable_type(*this);
}

void VM::init_builtins() {
  modules = static_cast<Dict*>(dict_new(*this).as_object());
  init_builtins_module(*this);
  init_sys_module(*this);
  // CPython imports `encodings` at startup; its CodecRegistryError is then a
  // visible subclass of LookupError. The bundled package cannot fail here.
  decref(import_module(*this, "encodings"));
}

} // namespace py
