// repr() of a str: CPython's quote choice and escapes (unicode_repr in unicodeobject.c).
#include "python/numeric/detail/str_repr.hpp"

#include "python/numeric/detail/unicode.hpp"

namespace py::num::detail {

// Appends a backslash escape of c with `digits` lowercase hex digits after `marker`.
static void append_hex_escape(std::string& out, char marker, char32_t c, int digits) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '\\';
  out += marker;
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += kHex[(c >> shift) & 0xF];
}

std::string str_repr(std::string_view text, std::size_t max_chars) {
  bool has_single = text.find('\'') != std::string_view::npos;
  bool has_double = text.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t c = next_code_point(text, pos);
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (is_printable(c)) {
      append_utf8(out, c);
    } else if (c <= 0xFF) {
      append_hex_escape(out, 'x', c, 2);
    } else if (c <= 0xFFFF) {
      append_hex_escape(out, 'u', c, 4);
    } else {
      append_hex_escape(out, 'U', c, 8);
    }
  }
  out += quote;
  if (max_chars != std::string_view::npos) out.resize(first_code_points(out, max_chars).size());
  return out;
}

} // namespace py::num::detail
