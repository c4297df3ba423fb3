// BigInt: Python's int beyond the VM's tagged 63-bit integers. Sign-magnitude with 32-bit limbs;
// every operation follows Python's semantics (floor division, two's complement bitwise ops).
#pragma once

#include "python/numeric/detail/limb_vector.hpp"
#include "python/numeric/result.hpp"

#include <compare>
#include <cstdint>

namespace py::num {

// An arbitrary-precision signed integer. Values that fit in four limbs (128 bits) never allocate,
// so promoting an int64_t from the VM's fast path is cheap.
class BigInt {
public:
  // Zero.
  BigInt() = default;
  // The VM's small ints promote implicitly, so mixed BigInt/int64_t expressions just work.
  BigInt(std::int64_t value);
  // An unsigned 64-bit value (used for bit patterns and exact conversions).
  static BigInt from_uint64(std::uint64_t value);
  // Takes a magnitude (any trailing zero limbs are trimmed) and a sign.
  static BigInt from_magnitude(detail::LimbVector magnitude, bool negative);

  // True for 0.
  bool is_zero() const { return mag_.empty(); }
  // True for values below 0.
  bool is_negative() const { return negative_; }
  // -1, 0 or 1.
  int sign() const { return negative_ ? -1 : !mag_.empty(); }
  // True for odd values (the low bit of the magnitude).
  bool is_odd() const { return !mag_.empty() && (mag_[0] & 1); }
  // The limbs of |value|, least significant first, no leading zero limb.
  const detail::LimbVector& magnitude() const { return mag_; }

  // True when the value fits in int64_t (so the VM can demote it to a tagged int).
  bool fits_int64() const;
  // The value as int64_t; requires fits_int64().
  std::int64_t to_int64() const;
  // The low 64 bits of the two's complement value (what C's conversion to uint64_t gives).
  std::uint64_t low_bits64() const;

  // Number of bits of |value|, as int.bit_length().
  std::uint64_t bit_length() const;
  // Number of one bits of |value|, as int.bit_count().
  std::uint64_t bit_count() const;

  // -value.
  BigInt operator-() const;
  // |value|.
  BigInt abs() const;
  // Bitwise not, -value - 1.
  BigInt operator~() const;

  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  // Bitwise operations behave as on infinite two's complement bit strings, as in Python.
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);

  BigInt& operator+=(const BigInt& b) { return *this = *this + b; }
  BigInt& operator-=(const BigInt& b) { return *this = *this - b; }
  BigInt& operator*=(const BigInt& b) { return *this = *this * b; }

  friend bool operator==(const BigInt& a, const BigInt& b);
  friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b);

private:
  detail::LimbVector mag_;
  bool negative_ = false; // never true for zero
};

// A quotient and remainder pair, as divmod() returns.
struct DivMod {
  BigInt quotient;
  BigInt remainder;
};

// a // b (floor). ZeroDivisionError "integer division or modulo by zero".
Result<BigInt> floor_div(const BigInt& a, const BigInt& b);
// a % b with the sign of b. ZeroDivisionError "integer modulo by zero".
Result<BigInt> mod(const BigInt& a, const BigInt& b);
// divmod(a, b). ZeroDivisionError "integer division or modulo by zero".
Result<DivMod> divmod(const BigInt& a, const BigInt& b);
// Truncating division of magnitudes with signs applied (C semantics); b must not be 0. The
// building block of the Python-semantics functions above, also used by exact conversions.
DivMod divmod_trunc(const BigInt& a, const BigInt& b);

// a << count. ValueError "negative shift count"; OverflowError "too many digits in integer" when
// count does not fit in 64 bits; MemoryError when the result would be unreasonably large.
Result<BigInt> shift_left(const BigInt& a, const BigInt& count);
// a >> count (floor, so -1 >> n == -1). ValueError "negative shift count".
Result<BigInt> shift_right(const BigInt& a, const BigInt& count);
// a * 2**bits and floor(a / 2**bits) for internal callers with a known small count.
BigInt shl(const BigInt& a, std::uint64_t bits);
BigInt shr(const BigInt& a, std::uint64_t bits);

// base ** exponent for exponent >= 0 (a negative exponent makes Python's int pow a float pow:
// the VM converts both operands with to_double and calls float_pow). MemoryError when the result
// would be unreasonably large.
Result<BigInt> pow(const BigInt& base, const BigInt& exponent);
// pow(base, exponent, modulus) with Python's rules: ValueError "pow() 3rd argument cannot be 0",
// a negative exponent uses the modular inverse (ValueError "base is not invertible for the given
// modulus"), and the result has the sign of the modulus.
Result<BigInt> pow_mod(const BigInt& base, const BigInt& exponent, const BigInt& modulus);
// math.gcd(a, b): non-negative.
BigInt gcd(const BigInt& a, const BigInt& b);
// math.isqrt(n): floor(sqrt(n)). ValueError "isqrt() argument must be nonnegative".
Result<BigInt> isqrt(const BigInt& n);
// n! by a balanced product tree, so that the multiplications stay balanced (math.factorial).
BigInt factorial(std::uint32_t n);

} // namespace py::num
