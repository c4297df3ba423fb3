// Conversions between BigInt and double, int / int, and float-int comparison.
#include "python/numeric/int_float.hpp"

#include "python/numeric/detail/binary_rounding.hpp"
#include "python/numeric/detail/magnitude.hpp"

#include <algorithm>
#include <cmath>

namespace py::num {

// |a| as (top 64 bits, sticky bit for the rest, binary exponent of the top bits' last bit).
struct TopBits {
  std::uint64_t bits;
  bool sticky;
  std::int64_t exponent;
};

// The TopBits of |a|.
static TopBits top_bits(const BigInt& a) {
  std::uint64_t n = a.bit_length();
  if (n <= 64) return {a.abs().low_bits64(), false, 0};
  BigInt top = shr(a.abs(), n - 64);
  return {top.low_bits64(), detail::any_low_bits(a.magnitude(), n - 64),
          static_cast<std::int64_t>(n - 64)};
}

Result<double> to_double(const BigInt& a) {
  TopBits t = top_bits(a);
  double d = detail::scale_rounded(t.bits, t.sticky, t.exponent);
  if (std::isinf(d)) return overflow_error("int too large to convert to float");
  return a.is_negative() ? -d : d;
}

Result<BigInt> from_double(double x) {
  if (std::isinf(x)) return overflow_error("cannot convert float infinity to integer");
  if (std::isnan(x)) return value_error("cannot convert float NaN to integer");
  x = std::trunc(x);
  if (std::fabs(x) < 0x1p63) return BigInt(static_cast<std::int64_t>(x));
  int exponent;
  double fraction = std::frexp(std::fabs(x), &exponent); // |x| = fraction * 2**exponent
  auto mantissa = static_cast<std::uint64_t>(std::ldexp(fraction, 53));
  BigInt r = shl(BigInt::from_uint64(mantissa), static_cast<std::uint64_t>(exponent - 53));
  return x < 0 ? -r : r;
}

Result<double> true_divide(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return zero_division_error("division by zero");
  bool negate = a.is_negative() != b.is_negative();
  if (a.bit_length() <= 53 && b.bit_length() <= 53) {
    // Both exact as doubles: IEEE division is correctly rounded.
    return static_cast<double>(a.to_int64()) / static_cast<double>(b.to_int64());
  }
  auto overflow = [] { return overflow_error("integer division result too large for a float"); };
  auto diff = static_cast<std::int64_t>(a.bit_length()) - static_cast<std::int64_t>(b.bit_length());
  // |a / b| lies in [2**(diff-1), 2**(diff+1)).
  if (diff > 1024) return overflow();
  if (a.is_zero() || diff < -1021 - 53 - 1) return negate ? -0.0 : 0.0;
  // Scale so that the quotient has 55 or 56 bits (or, for subnormal results, two bits below the
  // smallest subnormal), remembering whether anything inexact was dropped.
  std::int64_t shift = std::max<std::int64_t>(diff, -1021) - 53 - 2;
  BigInt num = a.abs();
  bool inexact = false;
  if (shift > 0) {
    inexact = detail::any_low_bits(num.magnitude(), static_cast<std::size_t>(shift));
    num = shr(num, static_cast<std::uint64_t>(shift));
  } else {
    num = shl(num, static_cast<std::uint64_t>(-shift));
  }
  DivMod d = divmod_trunc(num, b.abs());
  inexact = inexact || !d.remainder.is_zero();
  double q = detail::scale_rounded(d.quotient.low_bits64(), inexact, shift);
  if (std::isinf(q)) return overflow();
  return negate ? -q : q;
}

std::partial_ordering compare(double x, const BigInt& a) {
  if (std::isnan(x)) return std::partial_ordering::unordered;
  if (std::isinf(x) || a.bit_length() <= 53) {
    return x <=> (std::isinf(x) ? 0.0 : static_cast<double>(a.to_int64()));
  }
  double whole = std::trunc(x);
  auto c = from_double(whole).value() <=> a;
  if (c != 0) return c;
  return x - whole <=> 0.0;
}

} // namespace py::num
