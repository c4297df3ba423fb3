// Errors that cannot propagate (raised in __del__, in callbacks run during
// garbage collection…) are reported on stderr as CPython's default
// sys.unraisablehook does: "Exception ignored in: <obj>" and a traceback.
#pragma once

#include <string_view>

#include "python/vm/object.hpp"

namespace py {

/// Reports and clears the pending exception, naming `object` as its source.
void report_unraisable(VM& vm, std::string_view message, Value object);

} // namespace py
