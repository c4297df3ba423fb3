// Tracebacks: recording where an exception passed, and printing an
// exception the way CPython's traceback module does (chained causes and
// contexts, exception groups with their "| " margins, SyntaxError carets,
// "[Previous line repeated N more times]").
#pragma once

#include <string>
#include <string_view>

#include "python/vm/object.hpp"

namespace py {

struct Frame;

/// Prepends an entry for `frame` (at its current instruction) to the pending
/// exception's __traceback__.
void add_traceback(VM& vm, Frame* frame);

/// The text CPython prints for an uncaught exception (with its chain).
std::string format_exception(VM& vm, Value exc);

/// Registers a source file so tracebacks can show its lines.
void register_source(VM& vm, std::string_view filename, std::string_view source);
/// Line `lineno` (1-based) of a registered file without its newline, or empty.
std::string_view source_line(VM& vm, std::string_view filename, int lineno);

} // namespace py
