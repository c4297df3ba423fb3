// Callables: Python functions, bound methods, native (C++) functions and
// methods, and the descriptors that change how a function binds
// (classmethod, staticmethod, property).
#pragma once

#include <cstdint>

#include <string_view>

#include "python/vm/object.hpp"

namespace py {

struct Code;
struct Dict;
struct Str;
struct Tuple;
struct Type;

/// A function defined in Python (def or lambda).
struct Function : Object {
  Code* code;
  Dict* globals;
  /// The builtins namespace seen when the function was made.
  Dict* builtins;
  /// __defaults__ (tuple) and __kwdefaults__ (dict), or null.
  Tuple* defaults;
  Dict* kwdefaults;
  /// The cells of the free variables, or null.
  Tuple* closure;
  Str* name;
  Str* qualname;
  /// __doc__, __module__, __annotations__ (a dict or null until asked for).
  Value doc;
  Value module;
  Value annotations;
  /// Function attributes (f.x = 1), or null.
  union {
    Dict* dict;
    /// Widens the slot to a Value: object_dict_slot() reads it as one (wasm32).
    uint64_t dict_slot_bits;
  };
};

/// A function bound to an instance: `obj.method`.
struct BoundMethod : Object {
  Value function;
  Value self;
};

/// The C++ signature of every native function: positional arguments, then the
/// values of the keyword arguments named by kwnames (null when none). For a
/// method, args[0] is self. Returns a new reference, or null with an exception.
using NativeFn = Value (*)(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);

/// How a native function binds when found on a type.
enum class NativeKind : uint8_t {
  /// A plain function (builtins, module functions): never binds.
  function,
  /// An instance method of a built-in type: binds to the instance.
  method,
  /// A class method of a built-in type (dict.fromkeys): binds to the class.
  class_method,
  /// A static method of a built-in type (str.maketrans): never binds.
  static_method,
  /// A dunder made from a type slot (list.__repr__): binds like a method and
  /// calls `wrapper` with the owner type, which says whose slot to run.
  slot_wrapper,
};

/// The C++ signature of a slot wrapper: like NativeFn, plus the owner type.
using WrapperFn = Value (*)(VM& vm, Type* owner, const Value* args, size_t nargs, Tuple* kwnames);

/// A function or method written in C++ (builtin_function_or_method /
/// method_descriptor in CPython's terms).
struct NativeFunction : Object {
  NativeFn fn;
  /// For kind slot_wrapper: the function to call instead of fn.
  WrapperFn wrapper;
  Str* name;
  NativeKind kind;
  /// For methods: the type that defines it (checked against self).
  Type* owner;
  /// The receiver when bound (prepended to the arguments), else null.
  Value self;
  /// Module name for module-level functions (__module__), else null.
  Value module;
  const char* doc;
};

/// classmethod(f) and staticmethod(f).
struct ClassMethod : Object {
  Value function;
  /// Attributes set on the wrapper (functools.wraps copies __dict__), or null.
  union {
    Dict* dict;
    /// Widens the slot to a Value: object_dict_slot() reads it as one (wasm32).
    uint64_t dict_slot_bits;
  };
};

/// property(fget, fset, fdel, doc).
struct Property : Object {
  Value fget, fset, fdel, doc;
  /// The attribute name, set by __set_name__ (used in error messages).
  Value name;
};

/// A new Python function (MAKE_FUNCTION): defaults is a tuple or null,
/// kwdefaults a dict or null, annotations a tuple of (name, value, …) pairs or
/// null, closure a tuple of cells or null (all borrowed).
Value function_new(VM& vm, Code* code, Dict* globals, Dict* builtins, Value defaults,
                   Value kwdefaults, Value annotations, Value closure);
/// A new native function (kind function) named `name`.
Value native_function_new(VM& vm, std::string_view name, NativeFn fn, const char* doc = nullptr);
/// A native method of `owner` (kind method unless told otherwise).
Value native_method_new(VM& vm, Type* owner, std::string_view name, NativeFn fn,
                        NativeKind kind = NativeKind::method, const char* doc = nullptr);
/// A slot wrapper of `owner` (kind slot_wrapper).
Value slot_wrapper_new(VM& vm, Type* owner, Str* name, WrapperFn wrapper);
/// A bound method object.
Value bound_method_new(VM& vm, Value function, Value self);

} // namespace py
