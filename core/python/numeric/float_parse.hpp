// float(str): Python's rules for decimal text, infinities and NaNs.
#pragma once

#include "python/numeric/result.hpp"

#include <string_view>

namespace py::num {

// float(text) for UTF-8 text, as CPython 3.11: surrounding whitespace (Unicode too), a sign,
// digits with single underscores between digits, an optional point and exponent, Unicode decimal
// digits, "inf"/"infinity"/"nan" in any case with a sign; correctly rounded (overflow gives inf).
// ValueError "could not convert string to float: 'abc'" (the repr of the text).
Result<double> parse_float(std::string_view text);

} // namespace py::num
