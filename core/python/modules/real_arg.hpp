// Reading a "real number" argument of a native module function as a double,
// the way CPython's PyFloat_AsDouble does (math, time and random use it).
#pragma once

#include "python/vm/object.hpp"

namespace py {

/// The value of `v` as a double: a float (or float subclass) as is, an int
/// rounded to nearest, otherwise through __float__ or __index__. False with
/// TypeError "must be real number, not str" (or the conversion's own error,
/// such as OverflowError "int too large to convert to float").
bool real_arg(VM& vm, Value v, double* out);

} // namespace py
