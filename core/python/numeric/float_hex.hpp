// float.hex() and float.fromhex(): exact hexadecimal text for doubles.
#pragma once

#include "python/numeric/result.hpp"

#include <string>
#include <string_view>

namespace py::num {

// x.hex(): "0x1.8000000000000p+1" (13 hex digits), "-0x0.0p+0", "inf", "nan".
std::string float_hex(double x);
// float.fromhex(text), correctly rounded, as CPython's float_fromhex: ValueError "invalid
// hexadecimal floating-point string" and "hexadecimal string too long to convert",
// OverflowError "hexadecimal value too large to represent as a float".
Result<double> float_fromhex(std::string_view text);

} // namespace py::num
