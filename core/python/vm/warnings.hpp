// Warnings issued from C++ (the compiler's SyntaxWarnings, the VM's
// RuntimeWarnings, DeprecationWarnings of built-ins). They go through the
// same filters as warnings.warn() in Python code: shown once per location by
// default ("main.py:3: UserWarning: text" plus the source line on stderr),
// turned into exceptions by an "error" filter, hidden by "ignore".
#pragma once

#include <string_view>

#include "python/vm/object.hpp"

namespace py {

struct Type;

/// warnings.warn_explicit(message, category, filename, lineno). False when a
/// filter turned the warning into an exception (then it is pending).
bool warn_explicit(VM& vm, Type* category, std::string_view message, std::string_view filename,
                   int lineno);
/// warnings.warn(message, category, stacklevel): the location is taken from
/// the running frames (stacklevel 1 = the innermost Python frame).
bool warn(VM& vm, Type* category, std::string_view message, int stacklevel = 1);

} // namespace py
