// The error a program that does not parse produces: the fields of the SyntaxError that CPython
// 3.11's `compile(source, 'main.py', 'exec')` raises, so the playground can print the same
// message, caret and line as CPython, and tests can compare them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace py {

// Which exception class CPython raises (IndentationError and TabError are SyntaxErrors).
// MemoryError is no SyntaxError: it is what CPython's parser raises, with no message and no
// location, for a program nested too deeply for it.
enum class SyntaxErrorType { SyntaxError, IndentationError, TabError, MemoryError };

// The class name, as Python spells it ("IndentationError").
std::string_view syntax_error_type_name(SyntaxErrorType type);

// A SyntaxError's attributes. Offsets are 1-based and count characters (code points), as
// CPython's `offset`/`end_offset`; they can be 0 or -1 exactly where CPython's are.
struct SyntaxError {
  SyntaxErrorType type = SyntaxErrorType::SyntaxError; // exception class
  std::string msg;                                     // `msg`
  bool has_location = true;        // false where CPython's lineno/offset are None (null bytes)
  int lineno = 0;                  // `lineno`
  int offset = 0;                  // `offset`
  int end_lineno = 0;              // `end_lineno`
  int end_offset = 0;              // `end_offset`
  std::optional<std::string> text; // `text` (may end with '\n' exactly where CPython's does)
};

// A warning the parser emits while compiling (CPython's SyntaxWarning for `1if x else y`, its
// DeprecationWarning for "\d"): the category, the message and the line it is reported on.
struct SyntaxWarning {
  std::string category; // "SyntaxWarning" or "DeprecationWarning"
  std::string message;  // e.g. "invalid escape sequence '\d'"
  int lineno = 0;       // line of the token that caused it
};

} // namespace py
