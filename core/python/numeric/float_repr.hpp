// double -> text as CPython's PyOS_double_to_string: repr(float), and the fixed-precision forms
// that format() and %-formatting build on.
#pragma once

#include <string>

namespace py::num {

// Options of double_to_string (CPython's Py_DTSF_* flags).
enum DoubleFlags : unsigned {
  kDtsfSign = 1,      // '+' before non-negative numbers
  kDtsfAddDot0 = 2,   // "1.0" rather than "1" when the result looks like an int
  kDtsfAlt = 4,       // alternate form '#': keep the point and trailing zeros
  kDtsfNoNegZero = 8, // 'z': a negative value that rounds to zero prints as 0
};

// x in format code 'e', 'f', 'g' (upper case for upper case output) with the given precision, or
// 'r' (repr's shortest digits; precision ignored). Never fails: "inf", "-inf", "nan".
std::string double_to_string(double x, char format_code, int precision, unsigned flags);

// repr(x) == str(x): the shortest digits that read back as x, as "0.1", "1e+16", "1e-05",
// "1.0", "-0.0", "inf", "nan".
std::string float_repr(double x);

} // namespace py::num
