// Hexadecimal float text after CPython's float_hex_impl and float_fromhex.
#include "python/numeric/float_hex.hpp"

#include "python/numeric/detail/binary_rounding.hpp"
#include "python/numeric/detail/bit_cast.hpp"
#include "python/numeric/detail/number_text.hpp"
#include "python/numeric/float_repr.hpp"

#include <bit>
#include <climits>
#include <cmath>
#include <cstdint>
#include <limits>

namespace py::num {
namespace {

// The value of a hex digit, or -1.
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// An ASCII decimal digit.
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// True when text[p..) starts with word, ignoring ASCII case.
bool match_nocase(std::string_view text, std::size_t p, std::string_view word) {
  if (text.size() - p < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if ((text[p + i] | 0x20) != word[i]) return false;
  }
  return true;
}

// strtol's saturating parse of [sign] digits.
std::int64_t saturating_exponent(std::string_view digits, bool negative) {
  std::int64_t e = 0;
  for (char c : digits) {
    if (e > (std::numeric_limits<std::int64_t>::max() - (c - '0')) / 10) {
      return negative ? std::numeric_limits<std::int64_t>::min()
                      : std::numeric_limits<std::int64_t>::max();
    }
    e = e * 10 + (c - '0');
  }
  return negative ? -e : e;
}

} // namespace

std::string float_hex(double x) {
  if (!std::isfinite(x)) return float_repr(x);
  if (x == 0) return std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
  auto bits = detail::bit_cast<std::uint64_t>(x);
  std::uint64_t fraction = bits & ((std::uint64_t{1} << 52) - 1);
  int biased = static_cast<int>(bits >> 52) & 0x7FF;
  // Normal: 1.fraction * 2**(biased - 1023); subnormal: 0.fraction * 2**-1022.
  int lead = biased ? 1 : 0;
  int e = biased ? biased - 1023 : -1022;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = std::signbit(x) ? "-0x" : "0x";
  out += static_cast<char>('0' + lead);
  out += '.';
  for (int shift = 48; shift >= 0; shift -= 4) out += kHex[(fraction >> shift) & 0xF];
  out += 'p';
  out += e < 0 ? '-' : '+';
  out += std::to_string(e < 0 ? -e : e);
  return out;
}

Result<double> float_fromhex(std::string_view text) {
  auto invalid = [] { return value_error("invalid hexadecimal floating-point string"); };
  auto overflow = [] {
    return overflow_error("hexadecimal value too large to represent as a float");
  };
  std::size_t p = 0, n = text.size();
  while (p < n && detail::is_ascii_space(text[p])) ++p;
  auto finish = [&](double value) -> Result<double> {
    while (p < n && detail::is_ascii_space(text[p])) ++p;
    if (p != n) return invalid();
    return value;
  };

  // Infinities and NaNs, with their own sign.
  std::size_t q = p < n && (text[p] == '+' || text[p] == '-') ? p + 1 : p;
  if (match_nocase(text, q, "inf") || match_nocase(text, q, "nan")) {
    bool negative = text[p] == '-';
    bool inf = match_nocase(text, q, "inf");
    p = q + (inf && match_nocase(text, q, "infinity") ? 8 : 3);
    double v =
        inf ? std::numeric_limits<double>::infinity() : std::numeric_limits<double>::quiet_NaN();
    return finish(negative ? -v : v);
  }
  bool negative = q > p && text[p] == '-';
  p = q;
  if (p + 1 < n && text[p] == '0' && (text[p + 1] | 0x20) == 'x') p += 2;

  // Coefficient: hex digits, optionally a point and more hex digits.
  std::string digits; // all coefficient digits, most significant first
  std::int64_t fraction_digits = 0;
  while (p < n && hex_value(text[p]) >= 0) digits += text[p++];
  if (p < n && text[p] == '.') {
    for (++p; p < n && hex_value(text[p]) >= 0; ++fraction_digits) digits += text[p++];
  }
  if (digits.empty()) return invalid();
  // CPython's bound keeps its exponent arithmetic in a C long:
  // min(DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN/2, LONG_MAX/2 + 1 - DBL_MAX_EXP) / 4.
  constexpr std::int64_t kMaxDigits = (LLONG_MAX / 2 + 1 - 1024) / 4;
  if (static_cast<std::int64_t>(digits.size()) > kMaxDigits) {
    return value_error("hexadecimal string too long to convert");
  }
  std::int64_t exp = 0;
  if (p < n && (text[p] | 0x20) == 'p') {
    std::size_t start = ++p;
    if (p < n && (text[p] == '+' || text[p] == '-')) ++p;
    if (p >= n || !is_digit(text[p])) return invalid();
    std::size_t first_digit = p;
    while (p < n && is_digit(text[p])) ++p;
    exp = saturating_exponent(text.substr(first_digit, p - first_digit), text[start] == '-');
  }

  // The value is int(digits, 16) * 2**(exp - 4 * fraction_digits).
  std::size_t lead = digits.find_first_not_of('0');
  if (lead == std::string::npos || exp < LLONG_MIN / 2) return finish(negative ? -0.0 : 0.0);
  if (exp > LLONG_MAX / 2) return overflow();
  digits.erase(0, lead);
  exp -= 4 * fraction_digits;
  // Keep the top 16 hex digits (61 to 64 bits, well below any rounding position when more
  // digits follow) and fold the rest into a sticky bit.
  std::uint64_t top = 0;
  std::size_t kept = std::min<std::size_t>(digits.size(), 16);
  for (std::size_t i = 0; i < kept; ++i) top = top << 4 | hex_value(digits[i]);
  bool sticky = digits.find_first_not_of('0', kept) != std::string::npos;
  exp += 4 * static_cast<std::int64_t>(digits.size() - kept);
  if (exp + 64 < -1074 - 2) return finish(negative ? -0.0 : 0.0); // below half the least subnormal
  if (exp > 1024) return overflow();
  double v = detail::scale_rounded(top, sticky, exp);
  if (std::isinf(v)) return overflow();
  return finish(negative ? -v : v);
}

} // namespace py::num
