// The shortest decimal that reads back as the same double (what repr(float) prints).
#pragma once

#include <cstdint>

namespace py::num {

// A decimal value significand * 10**exponent; the significand has no trailing zero digit.
struct Decimal {
  std::uint64_t significand;
  int exponent;
};

// For finite x > 0: the decimal with the fewest digits that rounds to x, and among those the one
// closest to x (ties to an even significand), as CPython's dtoa mode 0. Schubfach algorithm.
Decimal shortest_decimal(double x);

} // namespace py::num
