// Helpers to define built-in types and modules in C++: tables of methods and
// computed attributes that become entries of the type's (or module's) dict.
#pragma once

#include <initializer_list>
#include <string_view>

#include "python/objects/function.hpp"
#include "python/vm/object.hpp"
#include "python/vm/type.hpp"

namespace py {

struct Module;

/// One native method of a type or function of a module.
struct MethodDef {
  const char* name;
  NativeFn fn;
  NativeKind kind = NativeKind::method;
  const char* doc = nullptr;
};

/// Reads an attribute computed in C++ (new reference or null with an exception).
using GetterFn = Value (*)(VM& vm, Value self);
/// Writes one (value null means delete); false with an exception on error.
using SetterFn = bool (*)(VM& vm, Value self, Value value);

/// One computed attribute of a type (a getset_descriptor).
struct GetSetDef {
  const char* name;
  GetterFn get;
  SetterFn set = nullptr;
  const char* doc = nullptr;
};

/// A blank, immortal type object owned by the VM (bootstrap and new_builtin_type use it).
Type* type_shell(VM& vm);
/// Fills in a blank built-in type: name, base, size, flags, inherited slots.
void setup_builtin_type(VM& vm, Type* t, std::string_view name, Type* base, size_t basic_size,
                        uint32_t flags = kBaseType);
/// Creates a built-in type object (immortal, owned by the VM) deriving from
/// `base` (null only for object), whose instances take `basic_size` bytes.
/// Slots are inherited from the base; the caller then sets its own.
Type* new_builtin_type(VM& vm, std::string_view name, Type* base, size_t basic_size,
                       uint32_t flags = kBaseType);
/// Adds native methods to a type's dict.
void add_methods(VM& vm, Type* type, std::initializer_list<MethodDef> methods);
/// Adds computed attributes to a type's dict.
void add_getsets(VM& vm, Type* type, std::initializer_list<GetSetDef> getsets);
/// Finishes a built-in type once its slots and dict are set: computes the MRO
/// and adds the dunder wrappers of its slots (so `list.__repr__` exists).
void finish_builtin_type(VM& vm, Type* type);
/// Adds native functions to a module.
void add_functions(VM& vm, Module* module, std::initializer_list<MethodDef> functions);
/// Sets module.name = value (value is stolen).
void module_add(VM& vm, Module* module, std::string_view name, Value value);

} // namespace py
