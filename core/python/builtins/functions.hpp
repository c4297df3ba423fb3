// The builtin functions, as the table the builtins module is made from.
#pragma once

#include "python/vm/builder.hpp"

namespace py {

/// Every builtin function except print, input and __build_class__, ending
/// with a {nullptr} entry.
extern const MethodDef kBuiltinFunctions[];

/// locals(): also used by vars() and dir() without arguments.
Value builtin_locals(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);

/// __build_class__(func, name, *bases, metaclass=…, **kwds): runs a class body.
Value builtin_build_class(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);

} // namespace py
