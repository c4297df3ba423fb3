// float(str), following CPython's PyFloat_FromString: Unicode clean-up, the underscore rule
// (_Py_string_to_number_with_underscores), whitespace, then a strict decimal syntax check before
// the C library's strtod, which is correctly rounded in glibc and musl.
#include "python/numeric/float_parse.hpp"

#include "python/numeric/detail/number_text.hpp"
#include "python/numeric/detail/str_repr.hpp"

#include <cstdlib>
#include <limits>
#include <string>

namespace py::num {
namespace {

// An ASCII decimal digit.
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Removes underscores that stand between two digits; false if any other underscore appears.
bool remove_underscores(std::string& s) {
  std::string out;
  char prev = '\0';
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_' ? !is_digit(prev) : prev == '_' && !is_digit(c)) return false;
    if (c != '_') out += c;
    prev = c;
  }
  if (prev == '_') return false;
  s = std::move(out);
  return true;
}

// True when s[pos..) starts with word, ignoring ASCII case.
bool starts_with_nocase(std::string_view s, std::size_t pos, std::string_view word) {
  if (s.size() - pos < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if ((s[pos + i] | 0x20) != word[i]) return false;
  }
  return true;
}

// The length of the decimal number at the start of s ([sign] digits [. digits] [e [sign]
// digits], with at least one mantissa digit), or 0.
std::size_t decimal_length(std::string_view s) {
  std::size_t p = 0, digits = 0;
  if (p < s.size() && (s[p] == '+' || s[p] == '-')) ++p;
  for (; p < s.size() && is_digit(s[p]); ++p) ++digits;
  if (p < s.size() && s[p] == '.') {
    for (++p; p < s.size() && is_digit(s[p]); ++p) ++digits;
  }
  if (digits == 0) return 0;
  if (p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
    std::size_t q = p + 1;
    if (q < s.size() && (s[q] == '+' || s[q] == '-')) ++q;
    if (q < s.size() && is_digit(s[q])) {
      while (q < s.size() && is_digit(s[q])) ++q;
      p = q;
    }
  }
  return p;
}

// Parses all of s (already trimmed) as a number, inf or nan (CPython's _PyOS_ascii_strtod with
// _Py_parse_inf_or_nan); false when something is left over.
bool parse_number(const std::string& s, double& out) {
  std::size_t length = decimal_length(s);
  if (length) {
    out = std::strtod(s.c_str(), nullptr);
    return length == s.size();
  }
  std::size_t p = s[0] == '+' || s[0] == '-' ? 1 : 0;
  bool negative = s[0] == '-';
  if (starts_with_nocase(s, p, "inf")) {
    p += starts_with_nocase(s, p, "infinity") ? 8 : 3;
    out = std::numeric_limits<double>::infinity();
  } else if (starts_with_nocase(s, p, "nan")) {
    p += 3;
    out = std::numeric_limits<double>::quiet_NaN();
  } else {
    return false;
  }
  if (negative) out = -out;
  return p == s.size();
}

} // namespace

Result<double> parse_float(std::string_view text) {
  std::string s = detail::to_ascii_number_text(text);
  double x = 0;
  if (s.find('_') == std::string::npos || remove_underscores(s)) {
    std::size_t first = 0, last = s.size();
    while (first < last && detail::is_ascii_space(s[first])) ++first;
    while (last > first && detail::is_ascii_space(s[last - 1])) --last;
    if (first < last && parse_number(s.substr(first, last - first), x)) return x;
  }
  return value_error("could not convert string to float: " + detail::str_repr(text));
}

} // namespace py::num
