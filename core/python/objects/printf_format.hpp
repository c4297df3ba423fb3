// printf-style formatting: str % args and bytes % args (CPython's
// PyUnicode_Format and _PyBytes_FormatEx), built on numeric/percent_format.
#pragma once

#include <string_view>

#include "python/vm/object.hpp"

namespace py {

struct Str;

/// format % args for a str format: a new str.
Value str_printf(VM& vm, Str* format, Value args);
/// format % args for a bytes or bytearray format: a new bytes (the caller
/// converts to bytearray when needed).
Value bytes_printf(VM& vm, std::string_view format, Value args);

} // namespace py
