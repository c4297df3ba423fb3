// int <-> float: exact conversions, correctly rounded int / int, and exact mixed comparison.
#pragma once

#include "python/numeric/bigint.hpp"
#include "python/numeric/result.hpp"

#include <compare>

namespace py::num {

// float(a), correctly rounded (half to even). OverflowError "int too large to convert to float".
Result<double> to_double(const BigInt& a);
// int(x): truncation toward zero. OverflowError "cannot convert float infinity to integer",
// ValueError "cannot convert float NaN to integer".
Result<BigInt> from_double(double x);
// a / b, correctly rounded as CPython's long_true_divide (10**400 / 10**399 == 10.0).
// ZeroDivisionError "division by zero"; OverflowError "integer division result too large for a
// float".
Result<double> true_divide(const BigInt& a, const BigInt& b);
// x <=> a without rounding a (so 2.0**60 < 2**60 + 1); unordered when x is a NaN.
std::partial_ordering compare(double x, const BigInt& a);

} // namespace py::num
