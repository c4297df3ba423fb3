// Python float arithmetic where it differs from C's: % // divmod ** round, and the exact views
// of a float (as_integer_ratio, is_integer).
#pragma once

#include "python/numeric/bigint.hpp"
#include "python/numeric/result.hpp"

#include <cstdint>
#include <optional>

namespace py::num {

// x / y. ZeroDivisionError "float division by zero".
Result<double> float_truediv(double x, double y);
// x % y with the sign of y. ZeroDivisionError "float modulo".
Result<double> float_mod(double x, double y);
// x // y. ZeroDivisionError "float floor division by zero".
Result<double> float_floordiv(double x, double y);
// A float divmod() pair.
struct FloatDivMod {
  double quotient;
  double remainder;
};
// divmod(x, y), consistent with // and %. ZeroDivisionError "float divmod()".
Result<FloatDivMod> float_divmod(double x, double y);

// x ** y as CPython's float_pow. ZeroDivisionError "0.0 cannot be raised to a negative power";
// OverflowError "(34, 'Numerical result out of range')" (CPython raises OverflowError(34,
// 'Numerical result out of range'); this is its str()). An empty optional means a negative base
// with a non-integer exponent: CPython then returns a complex number, which the VM computes.
Result<std::optional<double>> float_pow(double x, double y);

// round(x): nearest integer, halves to even. OverflowError "cannot convert float infinity to
// integer", ValueError "cannot convert float NaN to integer".
Result<BigInt> float_round(double x);
// round(x, ndigits): correctly rounded through the exact decimal value (round(2.675, 2) == 2.67).
// OverflowError "rounded value too large to represent".
Result<double> float_round(double x, std::int64_t ndigits);

// A fraction numerator / denominator, as as_integer_ratio() returns.
struct IntegerRatio {
  BigInt numerator;
  BigInt denominator;
};
// x.as_integer_ratio(): the exact fraction in lowest terms with a positive denominator.
// OverflowError "cannot convert Infinity to integer ratio", ValueError "cannot convert NaN to
// integer ratio".
Result<IntegerRatio> float_as_integer_ratio(double x);
// x.is_integer().
bool float_is_integer(double x);

} // namespace py::num
