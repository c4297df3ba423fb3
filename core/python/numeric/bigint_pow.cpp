// Exponentiation, modular exponentiation and inverse, gcd, isqrt and factorial for BigInt.
#include "python/numeric/bigint.hpp"

#include "python/numeric/detail/limits.hpp"

namespace py::num {

// base ** e by left-to-right binary exponentiation; `reduce` is applied after every product.
template <class Reduce>
static BigInt power(const BigInt& base, const BigInt& e, Reduce reduce) {
  BigInt result = base;
  for (std::uint64_t bit = e.bit_length() - 1; bit-- > 0;) {
    result = reduce(result * result);
    if ((e.magnitude()[bit / 32] >> (bit % 32)) & 1) result = reduce(result * base);
  }
  return result;
}

Result<BigInt> pow(const BigInt& base, const BigInt& exponent) {
  if (exponent.is_zero()) return BigInt(1);
  if (base.is_zero() || base == 1) return base;
  if (base == -1) return BigInt(exponent.is_odd() ? -1 : 1);
  std::uint64_t bits = base.bit_length() - 1; // result has more than bits * exponent bits
  if (!exponent.fits_int64() ||
      static_cast<std::uint64_t>(exponent.to_int64()) > detail::kMaxBits ||
      bits * static_cast<std::uint64_t>(exponent.to_int64()) > detail::kMaxBits) {
    return memory_error();
  }
  auto e = static_cast<std::uint64_t>(exponent.to_int64());
  if (base.bit_count() == 1) {
    // (+-2**k)**e is a shift.
    BigInt r = shl(BigInt(1), bits * e);
    return base.is_negative() && (e & 1) ? -r : r;
  }
  return power(base, exponent, [](BigInt x) { return x; });
}

// The inverse of a modulo m (m > 1), by the extended Euclidean algorithm.
static Result<BigInt> inverse_mod(const BigInt& a, const BigInt& m) {
  BigInt r0 = m, r1 = mod(a, m).value(), s0 = 0, s1 = 1;
  while (!r1.is_zero()) {
    DivMod d = divmod_trunc(r0, r1);
    r0 = std::move(r1);
    r1 = std::move(d.remainder);
    BigInt s2 = s0 - d.quotient * s1;
    s0 = std::move(s1);
    s1 = std::move(s2);
  }
  if (r0 != 1) return value_error("base is not invertible for the given modulus");
  return mod(s0, m).value();
}

Result<BigInt> pow_mod(const BigInt& base, const BigInt& exponent, const BigInt& modulus) {
  if (modulus.is_zero()) return value_error("pow() 3rd argument cannot be 0");
  BigInt m = modulus.abs();
  if (m == 1) return BigInt();
  BigInt b = base;
  if (exponent.is_negative()) {
    Result<BigInt> inv = inverse_mod(base, m);
    if (!inv) return inv;
    b = std::move(inv.value());
  }
  b = mod(b, m).value();
  BigInt e = exponent.abs();
  BigInt r = e.is_zero()
                 ? BigInt(1)
                 : power(b, e, [&m](const BigInt& x) { return divmod_trunc(x, m).remainder; });
  if (modulus.is_negative() && !r.is_zero()) r -= m;
  return r;
}

// Binary gcd of two machine words (the common case, and the tail of the Euclidean loop).
static std::uint64_t gcd64(std::uint64_t a, std::uint64_t b) {
  while (b) {
    std::uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

BigInt gcd(const BigInt& a, const BigInt& b) {
  BigInt x = a.abs(), y = b.abs();
  while (!y.is_zero()) {
    if (x.bit_length() <= 64 && y.bit_length() <= 64) {
      return BigInt::from_uint64(gcd64(x.low_bits64(), y.low_bits64()));
    }
    BigInt r = divmod_trunc(x, y).remainder;
    x = std::move(y);
    y = std::move(r);
  }
  return x;
}

Result<BigInt> isqrt(const BigInt& n) {
  if (n.is_negative()) return value_error("isqrt() argument must be nonnegative");
  if (n.is_zero()) return BigInt();
  // Newton's iteration from above: x0 = 2**ceil(bits / 2) >= sqrt(n), decreasing to the floor.
  BigInt x = shl(BigInt(1), (n.bit_length() + 1) / 2);
  for (;;) {
    BigInt y = shr(x + divmod_trunc(n, x).quotient, 1);
    if (y >= x) return x;
    x = std::move(y);
  }
}

// The product lo * (lo + 1) * ... * hi, split in halves so the factors stay balanced.
static BigInt range_product(std::uint32_t lo, std::uint32_t hi) {
  if (hi - lo < 8) {
    BigInt r = BigInt(lo);
    for (std::uint32_t i = lo + 1; i <= hi; ++i) r *= i;
    return r;
  }
  std::uint32_t mid = lo + (hi - lo) / 2;
  return range_product(lo, mid) * range_product(mid + 1, hi);
}

BigInt factorial(std::uint32_t n) { return n < 2 ? BigInt(1) : range_product(1, n); }

} // namespace py::num
