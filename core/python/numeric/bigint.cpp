// BigInt construction, int64 interop, comparison, + - * and Python's floor division family.
#include "python/numeric/bigint.hpp"

#include "python/numeric/detail/magnitude.hpp"

#include <bit>

namespace py::num {

using detail::Limb;
using detail::LimbVector;

BigInt::BigInt(std::int64_t value) {
  std::uint64_t m = value < 0 ? 0 - static_cast<std::uint64_t>(value) : value;
  *this = from_uint64(m);
  negative_ = value < 0;
}

BigInt BigInt::from_uint64(std::uint64_t value) {
  BigInt r;
  if (value) r.mag_.push_back(static_cast<Limb>(value));
  if (value >> 32) r.mag_.push_back(static_cast<Limb>(value >> 32));
  return r;
}

BigInt BigInt::from_magnitude(LimbVector magnitude, bool negative) {
  BigInt r;
  r.mag_ = std::move(magnitude);
  r.mag_.trim();
  r.negative_ = negative && !r.mag_.empty();
  return r;
}

bool BigInt::fits_int64() const {
  if (mag_.size() <= 1) return true;
  if (mag_.size() > 2) return false;
  std::uint64_t m = low_bits64();
  if (negative_) m = 0 - m;
  return negative_ ? m <= (std::uint64_t{1} << 63) : m < (std::uint64_t{1} << 63);
}

std::int64_t BigInt::to_int64() const { return static_cast<std::int64_t>(low_bits64()); }

std::uint64_t BigInt::low_bits64() const {
  std::uint64_t m = mag_.size() > 0 ? mag_[0] : 0;
  if (mag_.size() > 1) m |= std::uint64_t{mag_[1]} << 32;
  return negative_ ? 0 - m : m;
}

std::uint64_t BigInt::bit_length() const { return detail::bit_length(mag_); }

std::uint64_t BigInt::bit_count() const {
  std::uint64_t n = 0;
  for (Limb limb : mag_.span()) n += std::popcount(limb);
  return n;
}

BigInt BigInt::operator-() const { return from_magnitude(mag_, !negative_); }

BigInt BigInt::abs() const { return from_magnitude(mag_, false); }

bool operator==(const BigInt& a, const BigInt& b) {
  return a.negative_ == b.negative_ && detail::compare(a.mag_, b.mag_) == 0;
}

std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) {
  if (a.negative_ != b.negative_)
    return a.negative_ ? std::strong_ordering::less : std::strong_ordering::greater;
  int c = detail::compare(a.mag_, b.mag_);
  if (a.negative_) c = -c;
  return c < 0 ? std::strong_ordering::less
               : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

// Adds magnitudes with signs: a_neg * |a| + b_neg * |b|.
static BigInt signed_add(const LimbVector& a, bool a_neg, const LimbVector& b, bool b_neg) {
  if (a_neg == b_neg) return BigInt::from_magnitude(detail::add(a, b), a_neg);
  int c = detail::compare(a, b);
  if (c == 0) return {};
  if (c > 0) return BigInt::from_magnitude(detail::sub(a, b), a_neg);
  return BigInt::from_magnitude(detail::sub(b, a), b_neg);
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  return signed_add(a.mag_, a.negative_, b.mag_, b.negative_);
}

BigInt operator-(const BigInt& a, const BigInt& b) {
  return signed_add(a.mag_, a.negative_, b.mag_, !b.negative_);
}

BigInt operator*(const BigInt& a, const BigInt& b) {
  return BigInt::from_magnitude(detail::mul(a.mag_, b.mag_), a.negative_ != b.negative_);
}

DivMod divmod_trunc(const BigInt& a, const BigInt& b) {
  auto [q, r] = detail::divmod(a.magnitude(), b.magnitude());
  return {BigInt::from_magnitude(std::move(q), a.is_negative() != b.is_negative()),
          BigInt::from_magnitude(std::move(r), a.is_negative())};
}

// Python's divmod for a non-zero divisor: the remainder takes the divisor's sign.
static DivMod divmod_floor(const BigInt& a, const BigInt& b) {
  DivMod d = divmod_trunc(a, b);
  if (!d.remainder.is_zero() && d.remainder.is_negative() != b.is_negative()) {
    d.quotient -= 1;
    d.remainder += b;
  }
  return d;
}

Result<BigInt> floor_div(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return zero_division_error("integer division or modulo by zero");
  return std::move(divmod_floor(a, b).quotient);
}

Result<BigInt> mod(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return zero_division_error("integer modulo by zero");
  return std::move(divmod_floor(a, b).remainder);
}

Result<DivMod> divmod(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return zero_division_error("integer division or modulo by zero");
  return divmod_floor(a, b);
}

} // namespace py::num
