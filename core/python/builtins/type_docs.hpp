// The docstrings of the built-in types and of the builtins module.
#pragma once

namespace py {

class VM;
struct Dict;

/// Sets __doc__ of the built-in types and of the builtins module (its dict).
void add_builtin_docs(VM& vm, Dict* builtins);

} // namespace py
