// Exact decimal rounding of doubles: x = m * 2**e is scaled by a power of ten and rounded half to
// even on the exact remainder. The scaled value usually fits in 128 bits (moderate magnitudes and
// precisions, the common case of format(x, '.2f')); otherwise BigInt does the same steps.
#include "python/numeric/float_digits.hpp"

#include "python/numeric/bigint.hpp"
#include "python/numeric/int_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace py::num {
namespace {

using U128 = unsigned __int128;

// Beyond these precisions every double's decimal expansion is exact (a double has at most 767
// significant digits and 1074 fractional ones), so larger requests change nothing but padding.
constexpr int kMaxSignificant = 800;
constexpr int kMaxFractional = 1100;
// Powers of ten up to 10**19 fit in 64 bits.
constexpr int kMaxPow10_64 = 19;

// floor(|x| * 10**p) and where the dropped fraction f stands: half = sign(f - 1/2), and whether
// f is zero. Int is U128 or BigInt.
template <class Int>
struct Scaled {
  Int floor;
  int half;
  bool exact;
};

// |x| = m * 2**e with an integer m < 2**53.
void decompose(double x, std::uint64_t& m, int& e) {
  double fraction = std::frexp(std::fabs(x), &e);
  m = static_cast<std::uint64_t>(std::ldexp(fraction, 53));
  e -= 53;
}

// 10**n for 0 <= n <= 19.
std::uint64_t pow10_64(int n) {
  std::uint64_t p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

// The scaling in 128-bit arithmetic; false when some intermediate would not fit.
bool scale_128(double x, int p, Scaled<U128>& out) {
  std::uint64_t m;
  int e;
  decompose(x, m, e);
  if (p >= 0 && p <= kMaxPow10_64) {
    U128 num = static_cast<U128>(m) * pow10_64(p); // < 2**117
    if (e >= 0) {
      if (e > 10) return false;
      out = {num << e, -1, true};
      return true;
    }
    int shift = -e;
    if (shift >= 128) return false;
    U128 rem = num & ((static_cast<U128>(1) << shift) - 1);
    U128 half = static_cast<U128>(1) << (shift - 1);
    out = {num >> shift, rem < half ? -1 : rem > half ? 1 : 0, rem == 0};
    return true;
  }
  if (p < 0 && -p <= kMaxPow10_64 && e <= 74 && e > -64) {
    U128 num = static_cast<U128>(m) << std::max(e, 0);
    U128 den = static_cast<U128>(pow10_64(-p)) << std::max(-e, 0);
    U128 rem = num % den;
    out = {num / den, 2 * rem < den ? -1 : 2 * rem > den ? 1 : 0, rem == 0};
    return true;
  }
  return false;
}

// 10**n for n >= 0.
BigInt pow10_big(int n) { return pow(BigInt(10), BigInt(n)).value(); }

// The scaling with BigInt, for any magnitude and precision.
Scaled<BigInt> scale_big(double x, int p) {
  std::uint64_t m;
  int e;
  decompose(x, m, e);
  BigInt num = BigInt::from_uint64(m), den = 1;
  if (p >= 0)
    num *= pow10_big(p);
  else
    den = pow10_big(-p);
  if (e >= 0)
    num = shl(num, static_cast<std::uint64_t>(e));
  else
    den = shl(den, static_cast<std::uint64_t>(-e));
  DivMod d = divmod_trunc(num, den);
  auto c = shl(d.remainder, 1) <=> den;
  return {std::move(d.quotient), c < 0 ? -1 : c > 0 ? 1 : 0, d.remainder.is_zero()};
}

// The operations the rounding steps need, for both integer types.
// Removes and returns the last decimal digit.
int pop_digit(U128& n) {
  auto d = static_cast<int>(n % 10);
  n /= 10;
  return d;
}
int pop_digit(BigInt& n) {
  DivMod d = divmod_trunc(n, 10);
  n = std::move(d.quotient);
  return static_cast<int>(d.remainder.to_int64());
}
bool is_odd(U128 n) { return n & 1; }
bool is_odd(const BigInt& n) { return n.is_odd(); }
// n >= 10**k.
bool at_least_pow10(U128 n, int k) { return n >= pow10_64(k); } // k <= 19 here
bool at_least_pow10(const BigInt& n, int k) { return n >= pow10_big(k); }
// The decimal digits of n.
std::string decimal(U128 n) {
  char buf[40];
  char* end = buf + sizeof buf;
  char* p = end;
  auto low = static_cast<std::uint64_t>(n);
  if (n == low) { // the common case: 64-bit division is much cheaper (also on wasm32)
    do {
      *--p = static_cast<char>('0' + low % 10);
      low /= 10;
    } while (low);
  } else {
    do *--p = static_cast<char>('0' + pop_digit(n));
    while (n);
  }
  return {p, end};
}
std::string decimal(const BigInt& n) { return to_string(n); }

// Divides a scaled value by 10 (one digit less), keeping the rounding information exact.
template <class Int>
void drop_digit(Scaled<Int>& s) {
  int digit = pop_digit(s.floor);
  s.half = digit > 5 || (digit == 5 && !s.exact) ? 1 : digit == 5 ? 0 : -1;
  s.exact = s.exact && digit == 0;
}

// The digits of the value rounded half to even, without trailing zeros, and how many digits
// the rounded value had ("" and 0 for zero).
template <class Int>
std::string rounded_digits(Scaled<Int>& s, int& length) {
  if (s.half > 0 || (s.half == 0 && is_odd(s.floor))) s.floor += 1;
  std::string digits = decimal(s.floor);
  if (digits == "0") digits.clear();
  length = static_cast<int>(digits.size());
  digits.erase(digits.find_last_not_of('0') + 1);
  return digits;
}

// Mode 2 on a value scaled for k = floor(log10|x|) guessed as k (or one less than the truth).
template <class Int>
DigitString significant(Scaled<Int> s, int n, int k) {
  if (at_least_pow10(s.floor, n)) {
    drop_digit(s);
    ++k;
  }
  int length;
  std::string digits = rounded_digits(s, length);
  if (length > n) ++k; // 9.99... rounded up to 10.0...
  return {std::move(digits), k + 1};
}

// Mode 3 on a value scaled by 10**ndigits.
template <class Int>
DigitString fixed(Scaled<Int> s, int ndigits) {
  int length;
  std::string digits = rounded_digits(s, length);
  if (digits.empty()) return {"", -ndigits};
  return {std::move(digits), length - ndigits};
}

// floor(log10(2**q)) (exact for |q| < 2000, as checked by detail/schubfach_table.py).
int floor_log10_pow2(int q) { return static_cast<int>((std::int64_t{q} * 661971961083) >> 41); }

} // namespace

DigitString significant_digits(double x, int ndigits) {
  if (x == 0) return {"0", 1};
  int n = std::clamp(ndigits, 1, kMaxSignificant);
  int e;
  std::frexp(x, &e); // 2**(e-1) <= |x| < 2**e, so floor(log10|x|) is k or k + 1
  int k = floor_log10_pow2(e - 1);
  Scaled<U128> small;
  if (n <= kMaxPow10_64 && scale_128(x, n - 1 - k, small)) return significant(small, n, k);
  return significant(scale_big(x, n - 1 - k), n, k);
}

DigitString fixed_digits(double x, int ndigits) {
  if (x == 0) return {"0", 1};
  ndigits = std::min(ndigits, kMaxFractional);
  Scaled<U128> small;
  if (scale_128(x, ndigits, small)) return fixed(small, ndigits);
  return fixed(scale_big(x, ndigits), ndigits);
}

} // namespace py::num
