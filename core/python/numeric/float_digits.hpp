// Correctly rounded decimal digits of a double at a fixed precision: CPython's dtoa modes 2 and 3
// (format's 'e', 'f', 'g', %-formatting and round(x, n)), computed exactly with BigInt.
#pragma once

#include <string>

namespace py::num {

// |x| ~= 0.d1 d2 d3 ... * 10**decpt. As dtoa returns them: no trailing zeros; zero is "0" with
// decpt 1; a value that rounds to zero in fixed mode is "" with decpt = -ndigits.
struct DigitString {
  std::string digits;
  int decpt;
};

// Mode 2: max(ndigits, 1) significant digits of finite x, rounded half to even.
DigitString significant_digits(double x, int ndigits);
// Mode 3: the digits of finite x through the 10**-ndigits place (ndigits may be negative),
// rounded half to even.
DigitString fixed_digits(double x, int ndigits);

} // namespace py::num
