// BigInt shifts and bitwise operations with Python's infinite two's complement semantics.
#include "python/numeric/bigint.hpp"

#include "python/numeric/detail/limits.hpp"
#include "python/numeric/detail/magnitude.hpp"

#include <algorithm>

namespace py::num {

using detail::Limb;
using detail::LimbVector;

BigInt shl(const BigInt& a, std::uint64_t bits) {
  return BigInt::from_magnitude(detail::shift_left(a.magnitude(), bits), a.is_negative());
}

BigInt shr(const BigInt& a, std::uint64_t bits) {
  if (!a.is_negative()) return BigInt::from_magnitude(detail::shift_right(a.magnitude(), bits), 0);
  // floor(-m / 2**k) == -((m - 1) >> k) - 1 for m > 0.
  BigInt m1 = a.abs() - 1;
  return -BigInt::from_magnitude(detail::shift_right(m1.magnitude(), bits), false) - 1;
}

Result<BigInt> shift_left(const BigInt& a, const BigInt& count) {
  if (count.is_negative()) return value_error("negative shift count");
  if (a.is_zero()) return BigInt();
  if (!count.fits_int64()) return overflow_error("too many digits in integer");
  auto bits = static_cast<std::uint64_t>(count.to_int64());
  if (bits > detail::kMaxBits || a.bit_length() + bits > detail::kMaxBits) return memory_error();
  return shl(a, bits);
}

Result<BigInt> shift_right(const BigInt& a, const BigInt& count) {
  if (count.is_negative()) return value_error("negative shift count");
  if (!count.fits_int64() || static_cast<std::uint64_t>(count.to_int64()) >= a.bit_length()) {
    return BigInt(a.is_negative() ? -1 : 0);
  }
  return shr(a, static_cast<std::uint64_t>(count.to_int64()));
}

// The low n limbs of the two's complement form of a (n must exceed a's magnitude length).
static LimbVector twos_complement(const BigInt& a, std::size_t n) {
  LimbVector r(n);
  const LimbVector& m = a.magnitude();
  std::copy(m.data(), m.data() + m.size(), r.data());
  if (a.is_negative()) {
    // -m == ~(m - 1)
    for (std::size_t i = 0; i < n; ++i) {
      if (r[i]--) break;
    }
    for (std::size_t i = 0; i < n; ++i) r[i] = ~r[i];
  }
  return r;
}

// Applies a limb-wise operation to two's complement forms and converts back.
template <class Op>
static BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
  std::size_t n = std::max(a.magnitude().size(), b.magnitude().size()) + 1;
  LimbVector x = twos_complement(a, n), y = twos_complement(b, n);
  for (std::size_t i = 0; i < n; ++i) x[i] = op(x[i], y[i]);
  bool negative = op(Limb{a.is_negative()}, Limb{b.is_negative()}) & 1;
  if (negative) {
    // |r| == ~r + 1
    for (std::size_t i = 0; i < n; ++i) x[i] = ~x[i];
    for (std::size_t i = 0; i < n; ++i) {
      if (++x[i]) break;
    }
  }
  return BigInt::from_magnitude(std::move(x), negative);
}

BigInt operator&(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](Limb x, Limb y) { return x & y; });
}

BigInt operator|(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](Limb x, Limb y) { return x | y; });
}

BigInt operator^(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](Limb x, Limb y) { return x ^ y; });
}

BigInt BigInt::operator~() const { return -*this - 1; }

} // namespace py::num
