// The caret line a traceback prints under a source line, as CPython 3.11's
// traceback.format_frame_summary draws it: "^^^^" under the failing
// expression, or "~~^~~" / "~~~^^^^" that single out the operator of a binary
// operation or the brackets of a subscript, in display columns (East Asian
// wide characters count two).
#pragma once

#include <string>
#include <string_view>

namespace py {

/// Where the failing expression is: 0-based UTF-8 byte columns on its first
/// line; `multiline` when it ends on a later line.
struct CaretSpan {
  int col;
  int end_col;
  bool multiline;
};

/// The caret line (with its newline) for `line`, or empty when CPython prints
/// none (the expression spans the whole stripped line and has no anchors).
std::string caret_line(std::string_view line, CaretSpan span);

} // namespace py
