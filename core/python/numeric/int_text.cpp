// BigInt printing and parsing (CPython's long_to_decimal_string, long_format_binary and
// PyLong_FromString, rewritten for 32-bit limbs).
#include "python/numeric/int_text.hpp"

#include "python/numeric/detail/magnitude.hpp"
#include "python/numeric/detail/number_text.hpp"
#include "python/numeric/detail/str_repr.hpp"

#include <algorithm>
#include <bit>
#include <charconv>
#include <type_traits>

namespace py::num {

using detail::Limb;
using detail::LimbVector;

namespace {

// The digit characters of bases up to 36.
constexpr char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// The largest power of base that fits in a limb, and its exponent: one division by it yields
// that many digits.
struct Chunk {
  Limb power;
  int digits;
};

// The Chunk of a base.
constexpr Chunk chunk_for(int base) {
  Chunk c{static_cast<Limb>(base), 1};
  while (detail::Wide{c.power} * base <= 0xffffffffu) {
    c.power *= base;
    ++c.digits;
  }
  return c;
}

// Digits of a magnitude, most significant first, for a base that is a power of two.
std::string binary_digits(const LimbVector& mag, int base) {
  int shift = std::countr_zero(static_cast<unsigned>(base));
  std::size_t bits = detail::bit_length(mag);
  std::string out((bits + shift - 1) / shift, '0');
  for (std::size_t i = 0; i < out.size(); ++i) {
    std::size_t bit = i * shift;
    detail::Wide window = mag[bit / 32];
    if (bit / 32 + 1 < mag.size()) window |= detail::Wide{mag[bit / 32 + 1]} << 32;
    out[out.size() - 1 - i] = kDigitChars[(window >> (bit % 32)) & (base - 1)];
  }
  return out;
}

// Divides mag in place by power, returning the remainder. Given a std::integral_constant (as
// for base 10) the division by a constant becomes a multiplication: str() of big ints gets ~3x
// faster.
template <class Power>
Limb divide_chunk(LimbVector& mag, Power power) {
  Limb* limbs = mag.data();
  detail::Wide rem = 0;
  for (std::size_t i = mag.size(); i-- > 0;) {
    detail::Wide cur = (rem << detail::kLimbBits) | limbs[i];
    limbs[i] = static_cast<Limb>(cur / power);
    rem = cur % power;
  }
  mag.trim();
  return static_cast<Limb>(rem);
}

// Digits of a magnitude, most significant first, by repeated division by the chunk power.
std::string chunked_digits(LimbVector mag, int base) {
  const Chunk chunk = chunk_for(base);
  std::string reversed;
  reversed.reserve(detail::bit_length(mag) / 3 + chunk.digits);
  while (!mag.empty()) {
    Limb rem = base == 10 ? divide_chunk(mag, std::integral_constant<detail::Wide, 1000000000>())
                          : divide_chunk(mag, detail::Wide{chunk.power});
    for (int i = 0; i < chunk.digits && (rem || !mag.empty()); ++i) {
      reversed += kDigitChars[rem % base];
      rem /= base;
    }
  }
  return {reversed.rbegin(), reversed.rend()};
}

// The value of an ASCII digit in bases up to 36, or 37 for anything else.
int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 37;
}

// The magnitude written by the digits in text (underscores skipped) in the given base.
LimbVector digits_value(std::string_view text, int base) {
  LimbVector mag;
  if (std::has_single_bit(static_cast<unsigned>(base))) {
    int shift = std::countr_zero(static_cast<unsigned>(base));
    std::size_t bit = 0;
    mag.resize(text.size() * shift / 32 + 1);
    for (std::size_t i = text.size(); i-- > 0;) {
      if (text[i] == '_') continue;
      detail::Wide d = digit_value(text[i]);
      mag[bit / 32] |= static_cast<Limb>(d << (bit % 32));
      if (bit % 32 + shift > 32) mag[bit / 32 + 1] |= static_cast<Limb>(d >> (32 - bit % 32));
      bit += shift;
    }
    mag.trim();
    return mag;
  }
  Chunk chunk = chunk_for(base);
  Limb value = 0, scale = 1;
  for (char c : text) {
    if (c == '_') continue;
    value = value * base + digit_value(c);
    scale *= base;
    if (scale == chunk.power) {
      detail::mul_add_1(mag, scale, value);
      value = 0;
      scale = 1;
    }
  }
  if (scale > 1) detail::mul_add_1(mag, scale, value);
  mag.trim();
  return mag;
}

// CPython's int/str digit limit message, with an optional detail after "conversion".
std::string digits_limit_message(std::size_t limit, const char* detail) {
  return "Exceeds the limit (" + std::to_string(limit) + " digits) for integer string conversion" +
         detail + "; use sys.set_int_max_str_digits() to increase the limit";
}

} // namespace

std::string to_string(const BigInt& a, int base) {
  if (a.is_zero()) return "0";
  const LimbVector& mag = a.magnitude();
  if (mag.size() <= 2) {
    // Up to 64 bits (every int the VM keeps unboxed): one pass of std::to_chars.
    std::uint64_t value = mag[0] | (mag.size() == 2 ? std::uint64_t{mag[1]} << 32 : 0);
    char buf[1 + 64];
    buf[0] = '-';
    char* end = std::to_chars(buf + 1, buf + sizeof buf, value, base).ptr;
    return a.is_negative() ? std::string(buf, end) : std::string(buf + 1, end);
  }
  std::string digits = std::has_single_bit(static_cast<unsigned>(base))
                           ? binary_digits(a.magnitude(), base)
                           : chunked_digits(a.magnitude(), base);
  return a.is_negative() ? "-" + digits : digits;
}

Result<std::string> to_decimal_string(const BigInt& a, std::size_t max_str_digits) {
  if (max_str_digits) {
    // A number of b bits has at least floor((b - 1) * log10(2)) + 1 digits: refuse early when
    // that already exceeds the limit, before the quadratic conversion.
    double min_digits = static_cast<double>(a.bit_length() - 1) * 0.30102999566398114 + 1;
    if (a.bit_length() > 1 && min_digits > static_cast<double>(max_str_digits) + 1) {
      return value_error(digits_limit_message(max_str_digits, ""));
    }
  }
  std::string s = to_string(a, 10);
  if (max_str_digits && s.size() - a.is_negative() > max_str_digits) {
    return value_error(digits_limit_message(max_str_digits, ""));
  }
  return s;
}

std::string to_prefixed_string(const BigInt& a, int base) {
  std::string out = a.is_negative() ? "-" : "";
  out += base == 2 ? "0b" : base == 8 ? "0o" : "0x";
  out += to_string(a.abs(), base);
  return out;
}

Result<BigInt> parse_int(std::string_view text, int base, std::size_t max_str_digits) {
  if ((base != 0 && base < 2) || base > 36) {
    return value_error("int() base must be >= 2 and <= 36, or 0");
  }
  auto invalid = [&] {
    return value_error("invalid literal for int() with base " + std::to_string(base) + ": " +
                       detail::str_repr(text, 200));
  };
  std::string s = detail::to_ascii_number_text(text);
  std::size_t p = 0;
  auto at = [&](std::size_t i) { return i < s.size() ? s[i] : '\0'; };
  while (detail::is_ascii_space(at(p))) ++p;
  bool negative = at(p) == '-';
  if (at(p) == '+' || at(p) == '-') ++p;

  int b = base;
  bool error_if_nonzero = false; // base 0 forbids C-style octal like "010" (but allows "00")
  char marker = static_cast<char>(at(p + 1) | 0x20);
  if (b == 0) {
    if (at(p) != '0')
      b = 10;
    else if (marker == 'x')
      b = 16;
    else if (marker == 'o')
      b = 8;
    else if (marker == 'b')
      b = 2;
    else {
      error_if_nonzero = true;
      b = 10;
    }
  }
  if (at(p) == '0' &&
      ((b == 16 && marker == 'x') || (b == 8 && marker == 'o') || (b == 2 && marker == 'b'))) {
    p += 2;
    if (at(p) == '_') ++p; // one underscore may follow the prefix
  }
  if (at(p) == '_') return invalid();

  std::size_t start = p, digits = 0;
  char prev = '\0';
  while (digit_value(at(p)) < b || at(p) == '_') {
    if (at(p) == '_' && prev == '_') return invalid();
    if (at(p) != '_') ++digits;
    prev = at(p++);
  }
  if (prev == '_') return invalid();
  if (!std::has_single_bit(static_cast<unsigned>(b)) && max_str_digits && digits > max_str_digits) {
    std::string detail = ": value has " + std::to_string(digits) + " digits";
    return value_error(digits_limit_message(max_str_digits, detail.c_str()));
  }
  LimbVector mag = digits_value(std::string_view(s).substr(start, p - start), b);
  if ((error_if_nonzero && !mag.empty()) || p == start) return invalid();
  while (detail::is_ascii_space(at(p))) ++p;
  if (p != s.size()) return invalid();
  return BigInt::from_magnitude(std::move(mag), negative);
}

} // namespace py::num
