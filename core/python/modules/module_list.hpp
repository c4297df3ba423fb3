// The native modules: the single source of truth for their names. Each entry
// X(name) needs a function `Value init_module_<name>(VM&)` (in modules/<name>.cpp)
// that returns the new module object.
#pragma once

#include "python/vm/object.hpp"

// X(name)
#define PY_NATIVE_MODULES(X) X(math) X(time) X(_random) X(_sha512) X(gc) X(_traceback)

namespace py {

#define PY_DECLARE_MODULE_INIT(name) Value init_module_##name(VM& vm);
PY_NATIVE_MODULES(PY_DECLARE_MODULE_INIT)
#undef PY_DECLARE_MODULE_INIT

} // namespace py
