// Float operators after CPython's Objects/floatobject.c (float_rem, _float_div_mod, float_pow,
// float___round___impl and double_round, float_as_integer_ratio).
#include "python/numeric/float_ops.hpp"

#include "python/numeric/detail/exact_pow.hpp"
#include "python/numeric/float_digits.hpp"
#include "python/numeric/int_float.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

namespace py::num {

Result<double> float_truediv(double x, double y) {
  if (y == 0) return zero_division_error("float division by zero");
  return x / y;
}

// fmod adjusted to take the sign of y; a zero remainder gets y's sign too.
static double python_mod(double x, double y) {
  double m = std::fmod(x, y);
  if (m != 0) {
    if ((y < 0) != (m < 0)) m += y;
  } else {
    m = std::copysign(0.0, y);
  }
  return m;
}

Result<double> float_mod(double x, double y) {
  if (y == 0) return zero_division_error("float modulo");
  return python_mod(x, y);
}

// _float_div_mod: the quotient is computed from the exact fmod and snapped to an integer.
static FloatDivMod div_mod(double x, double y) {
  double m = std::fmod(x, y);
  double div = (x - m) / y;
  if (m != 0) {
    if ((y < 0) != (m < 0)) {
      m += y;
      div -= 1.0;
    }
  } else {
    m = std::copysign(0.0, y);
  }
  double floordiv;
  if (div != 0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, x / y);
  }
  return {floordiv, m};
}

Result<double> float_floordiv(double x, double y) {
  if (y == 0) return zero_division_error("float floor division by zero");
  return div_mod(x, y).quotient;
}

Result<FloatDivMod> float_divmod(double x, double y) {
  if (y == 0) return zero_division_error("float divmod()");
  return div_mod(x, y);
}

// True when y is an odd integer (so the sign of a negative base survives the power).
static bool is_odd_integer(double y) { return std::fmod(std::fabs(y), 2.0) == 1.0; }

Result<std::optional<double>> float_pow(double x, double y) {
  if (y == 0) return std::optional<double>(1.0); // x**0 is 1, even 0**0 and nan**0
  if (std::isnan(x)) return std::optional<double>(x);
  if (std::isnan(y)) return std::optional<double>(x == 1.0 ? 1.0 : y);
  if (std::isinf(y)) {
    double ax = std::fabs(x);
    if (ax == 1.0) return std::optional<double>(1.0);
    if ((y > 0) == (ax > 1.0)) return std::optional<double>(std::fabs(y));
    return std::optional<double>(0.0);
  }
  if (std::isinf(x)) {
    bool odd = is_odd_integer(y);
    if (y > 0) return std::optional<double>(odd ? x : std::fabs(x));
    return std::optional<double>(odd ? std::copysign(0.0, x) : 0.0);
  }
  if (x == 0) {
    if (y < 0) return zero_division_error("0.0 cannot be raised to a negative power");
    return std::optional<double>(is_odd_integer(y) ? x : 0.0);
  }
  bool negate = false;
  if (x < 0) {
    if (y != std::floor(y)) return std::optional<double>(); // complex result
    x = -x;
    negate = is_odd_integer(y);
  }
  if (x == 1.0) return std::optional<double>(negate ? -1.0 : 1.0);
#ifdef __EMSCRIPTEN__
  // musl's pow (wasm) and glibc's (CPython on Linux) round differently in ~0.15% of cases; a
  // correctly rounded pow differs from glibc's only where glibc itself misrounds (~0.06%).
  double r = detail::exact_pow(x, y);
#else
  double r = std::pow(x, y);
#endif
  // CPython's _Py_ADJUST_ERANGE1: an infinite result from finite operands is an overflow, and
  // an underflow to zero is fine.
  if (std::isinf(r)) return overflow_error("(34, 'Numerical result out of range')");
  return std::optional<double>(negate ? -r : r);
}

Result<BigInt> float_round(double x) {
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0); // halves to even
  return from_double(rounded);
}

Result<double> float_round(double x, std::int64_t ndigits) {
  // Beyond these every double rounds to itself, or to a zero of its sign (CPython's NDIGITS_MAX
  // and NDIGITS_MIN: (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 and -(DBL_MAX_EXP + 1) * 0.30103).
  constexpr std::int64_t kMaxDigits = 323, kMinDigits = -308;
  if (!std::isfinite(x) || ndigits > kMaxDigits) return x;
  if (ndigits < kMinDigits) return 0.0 * x;
  // Round the exact decimal value to ndigits places, then read that decimal back.
  DigitString ds = fixed_digits(x, static_cast<int>(ndigits));
  std::string text = (std::signbit(x) ? "-0" : "0") + ds.digits + "e" +
                     std::to_string(ds.decpt - static_cast<int>(ds.digits.size()));
  errno = 0;
  double r = std::strtod(text.c_str(), nullptr);
  if (errno == ERANGE && std::fabs(r) >= 1.0) {
    return overflow_error("rounded value too large to represent");
  }
  return r;
}

Result<IntegerRatio> float_as_integer_ratio(double x) {
  if (std::isinf(x)) return overflow_error("cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return value_error("cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(x, &e); // x = m * 2**e, 0.5 <= |m| < 1
  // Double the fraction until it is an integer (then odd, so the ratio is in lowest terms).
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  BigInt numerator = from_double(m).value();
  BigInt denominator = 1;
  if (e > 0)
    numerator = shl(numerator, static_cast<std::uint64_t>(e));
  else
    denominator = shl(denominator, static_cast<std::uint64_t>(-e));
  return IntegerRatio{std::move(numerator), std::move(denominator)};
}

bool float_is_integer(double x) { return std::isfinite(x) && x == std::floor(x); }

} // namespace py::num
