// import: sys.modules first, then the native modules, then the bundled
// pure-Python library. Programs are single files, so there is no file
// system search path and no relative import.
#pragma once

#include <string_view>

#include "python/vm/object.hpp"

namespace py {

struct Frame;
struct Str;

/// The module named `name` (dotted names import their parents first): a new
/// reference, or null with ModuleNotFoundError / the module's own error.
Value import_module(VM& vm, std::string_view name);

/// IMPORT_NAME: `import a.b` gives a (fromlist None), `from a.b import c` gives a.b.
Value import_name(VM& vm, Frame* frame, Str* name, Value fromlist, Value level);
/// IMPORT_FROM: module.name, or the submodule module.name, or ImportError.
Value import_from(VM& vm, Value module, Str* name);
/// IMPORT_STAR: copies the module's public names into the frame's namespace.
bool import_star(VM& vm, Frame* frame, Value module);

} // namespace py
