// UTF-8 decoding and the Unicode property lookups, over tables generated from CPython 3.11.
#include "python/numeric/detail/unicode.hpp"

#include <algorithm>
#include <iterator>

namespace py::num::detail {
namespace {

#include "python/numeric/detail/unicode_tables.inc"

// The stand-in for a byte that does not start valid UTF-8.
char32_t escaped_byte(unsigned char byte) { return 0xDC00 + byte; }

} // namespace

char32_t next_code_point(std::string_view text, std::size_t& pos) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(pos);
  std::size_t length = lead < 0x80   ? 1
                       : lead < 0xC2 ? 0
                       : lead < 0xE0 ? 2
                       : lead < 0xF0 ? 3
                       : lead < 0xF5 ? 4
                                     : 0;
  if (length == 0 || pos + length > text.size()) return escaped_byte(text[pos++]);
  char32_t c = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) return escaped_byte(text[pos++]);
    c = (c << 6) | (byte(pos + i) & 0x3F);
  }
  bool overlong = (length == 3 && c < 0x800) || (length == 4 && (c < 0x10000 || c > 0x10FFFF));
  if (overlong) return escaped_byte(text[pos++]);
  pos += length;
  return c;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::size_t count_code_points(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t pos = 0; pos < text.size(); ++n) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos; // ASCII, the usual case, without the decoder
    } else {
      next_code_point(text, pos);
    }
  }
  return n;
}

std::string_view first_code_points(std::string_view text, std::size_t n) {
  std::size_t pos = 0;
  for (; n && pos < text.size(); --n) next_code_point(text, pos);
  return text.substr(0, pos);
}

int decimal_value(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1;
  auto it = std::upper_bound(std::begin(kDecimalZeros), std::end(kDecimalZeros), c);
  if (it == std::begin(kDecimalZeros) || c - it[-1] > 9) return -1;
  return static_cast<int>(c - it[-1]);
}

bool is_space(char32_t c) {
  if (c < 0x80) return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
  return std::binary_search(std::begin(kSpaces), std::end(kSpaces), c);
}

bool is_printable(char32_t c) {
  if (c < 0x80) return c >= 0x20 && c < 0x7F;
  auto it = std::upper_bound(std::begin(kUnprintable), std::end(kUnprintable), c,
                             [](char32_t x, const char32_t(&range)[2]) { return x < range[0]; });
  return it == std::begin(kUnprintable) || c > it[-1][1];
}

} // namespace py::num::detail
