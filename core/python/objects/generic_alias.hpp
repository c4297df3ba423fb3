// types.GenericAlias: what list[int], tuple[int, ...] and dict[str, int]
// evaluate to (PEP 585) — an origin class and the subscript's arguments,
// printed as written and otherwise standing in for the origin.
#pragma once

#include <cstddef>
#include <string>

#include "python/vm/object.hpp"

namespace py {

struct Tuple;
struct Type;

/// A parameterized generic: origin[args].
struct GenericAlias : Object {
  /// The subscripted class (list, dict…).
  Value origin;
  /// The arguments, always a tuple (list[int] has (int,)).
  Tuple* args;
  /// __parameters__: the type variables among the arguments, computed on
  /// first use (null until then).
  Value parameters;
};

/// A new alias origin[args]; args is a tuple of arguments or a single one.
Value generic_alias_new(VM& vm, Value origin, Value args);
/// The types.GenericAlias type, made on first use and owned by the VM.
Type* generic_alias_type(VM& vm);
/// Appends how a generic alias or union prints one argument: "..." for
/// Ellipsis, the repr of aliases, "qualname" for builtins and
/// "module.qualname" for other classes, the repr of anything else.
bool type_repr_item(VM& vm, Value p, std::string* out);
/// The `__class_getitem__` class method of list, tuple, dict, set…:
/// cls[args] evaluates to GenericAlias(cls, args). args[0] is the class.
Value generic_class_getitem(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);

} // namespace py
