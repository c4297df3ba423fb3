// types.UnionType: what `int | str` evaluates to (PEP 604) — the flattened,
// de-duplicated member types, usable with isinstance() and issubclass().
#pragma once

#include "python/vm/object.hpp"

namespace py {

struct Tuple;

/// A union of types: X | Y.
struct Union : Object {
  /// The members, flattened (no nested unions), None given as NoneType (owned).
  Tuple* args;
};

/// `self | other` for types, None, generic aliases and unions (CPython's
/// _Py_union_type_or): the union, the single member when both sides are the
/// same, or NotImplemented for any other operand.
Value union_type_or(VM& vm, Value self, Value other);
/// The `__or__` / `__ror__` methods that type, GenericAlias and UnionType share.
Value union_or_method(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
Value union_ror_method(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);

} // namespace py
