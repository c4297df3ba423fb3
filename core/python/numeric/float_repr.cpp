// PyOS_double_to_string and format_float_short from CPython's Python/pystrtod.c, with the digits
// coming from float_shortest (mode 0) or float_digits (modes 2 and 3) instead of dtoa.c.
#include "python/numeric/float_repr.hpp"

#include "python/numeric/float_digits.hpp"
#include "python/numeric/float_shortest.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string_view>

namespace py::num {
namespace {

// Writes the decimal digits of n (no leading zeros) at the end of buf; returns their start.
char* write_uint(char* end, std::uint64_t n) {
  do {
    *--end = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n);
  return end;
}

// Lays out digits (0.d1d2... * 10**decpt) in format code 'e', 'f', 'g' or 'r' (lower case).
std::string layout(std::string_view digits, int decpt, bool negative, char code, int precision,
                   unsigned flags, bool upper) {
  bool add_dot_0 = flags & kDtsfAddDot0, alt = flags & kDtsfAlt;
  int digits_len = static_cast<int>(digits.size());
  if ((flags & kDtsfNoNegZero) && (digits.empty() || digits == "0")) negative = false;

  // The output is the slice [vdigits_start, vdigits_end) of digits padded with zeros on both
  // sides, with the point after position decpt.
  int vdigits_end = digits_len;
  bool use_exp = false;
  switch (code) {
  case 'e':
    use_exp = true;
    vdigits_end = precision;
    break;
  case 'f': vdigits_end = decpt + precision; break;
  case 'g':
    use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
    if (alt) vdigits_end = precision;
    break;
  default: use_exp = decpt <= -4 || decpt > 16; break; // 'r'
  }
  int exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  vdigits_end = std::max(vdigits_end, !use_exp && add_dot_0 ? decpt + 1 : decpt);

  // Write through a pointer into a string sized for the worst case, then trim: one allocation and
  // no per-piece capacity checks (repr is hot).
  std::string out(static_cast<std::size_t>(vdigits_end - vdigits_start) + 12, '\0');
  char* p = out.data();
  auto put = [&p](std::string_view piece) {
    std::memcpy(p, piece.data(), piece.size());
    p += piece.size();
  };
  auto zeros = [&p](int n) {
    std::memset(p, '0', static_cast<std::size_t>(n));
    p += n;
  };
  if (negative)
    *p++ = '-';
  else if (flags & kDtsfSign)
    *p++ = '+';
  if (decpt <= 0) {
    zeros(decpt - vdigits_start);
    *p++ = '.';
    zeros(-decpt);
  }
  if (0 < decpt && decpt <= digits_len) {
    put(digits.substr(0, static_cast<std::size_t>(decpt)));
    *p++ = '.';
    put(digits.substr(static_cast<std::size_t>(decpt)));
  } else {
    put(digits);
  }
  if (digits_len < decpt) {
    zeros(decpt - digits_len);
    *p++ = '.';
    zeros(vdigits_end - decpt);
  } else {
    zeros(vdigits_end - digits_len);
  }
  if (p[-1] == '.' && !alt) --p;
  if (use_exp) {
    // printf's "%+.02d": a sign and at least two digits.
    *p++ = upper ? 'E' : 'e';
    *p++ = exp < 0 ? '-' : '+';
    char buf[12];
    char* end = buf + sizeof buf;
    char* start = write_uint(end, static_cast<std::uint64_t>(exp < 0 ? -exp : exp));
    if (end - start < 2) *--start = '0';
    put({start, static_cast<std::size_t>(end - start)});
  }
  out.resize(static_cast<std::size_t>(p - out.data()));
  return out;
}

} // namespace

std::string double_to_string(double x, char format_code, int precision, unsigned flags) {
  bool upper = format_code >= 'A' && format_code <= 'Z';
  char code = static_cast<char>(upper ? format_code - 'A' + 'a' : format_code);
  bool negative = std::signbit(x);
  if (!std::isfinite(x)) {
    std::string out;
    if (std::isnan(x)) negative = false; // the sign of a NaN is never shown
    if (negative)
      out += '-';
    else if (flags & kDtsfSign)
      out += '+';
    out += std::isinf(x) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
    return out;
  }
  if (code == 'r') {
    if (x == 0) return layout("0", 1, negative, code, 0, flags, upper);
    Decimal d = shortest_decimal(std::fabs(x));
    char buf[24];
    char* end = buf + sizeof buf;
    char* start = write_uint(end, d.significand);
    int len = static_cast<int>(end - start);
    return layout({start, static_cast<std::size_t>(len)}, len + d.exponent, negative, code, 0,
                  flags, upper);
  }
  if (code == 'e') ++precision; // mode 2 with one digit before the point
  if (code == 'g' && precision == 0) precision = 1;
  DigitString ds = code == 'f' ? fixed_digits(x, precision) : significant_digits(x, precision);
  return layout(ds.digits, ds.decpt, negative, code, precision, flags, upper);
}

std::string float_repr(double x) { return double_to_string(x, 'r', 0, kDtsfAddDot0); }

} // namespace py::num
