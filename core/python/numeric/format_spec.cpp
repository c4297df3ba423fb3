// Parsing of standard format specs after parse_internal_render_format_spec in CPython's
// Python/formatter_unicode.c, over code points of the UTF-8 spec.
#include "python/numeric/format_spec.hpp"

#include "python/numeric/detail/unicode.hpp"

#include <cstdio>
#include <limits>
#include <string>

namespace py::num {
namespace {

// The four alignment characters, and the three signs.
bool is_alignment(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool is_sign(char32_t c) { return c == ' ' || c == '+' || c == '-'; }

// A type letter for a message: 'd', or '\x…' outside printable ASCII (CPython's two cases).
std::string quoted_code(char32_t c) {
  if (c > 32 && c < 128) return std::string("'") + static_cast<char>(c) + "'";
  char buf[24];
  std::snprintf(buf, sizeof buf, "'\\x%x'", static_cast<unsigned>(c));
  return buf;
}

// A spec read as code points. Formatting is hot and nearly every spec is a few ASCII
// characters, which are their own code points: those are read in place (AsciiSpec), and only a
// spec with other characters is decoded first (a std::u32string).
struct AsciiSpec {
  std::string_view text;
  std::size_t size() const { return text.size(); }
  char32_t operator[](std::size_t i) const { return static_cast<unsigned char>(text[i]); }
};

// Reads decimal digits (any Unicode decimal digit) at pos; returns how many, or -1 when the
// number exceeds Py_ssize_t (the caller reports it).
template <class CodePoints>
int read_integer(const CodePoints& s, std::size_t& pos, std::int64_t& result) {
  std::int64_t accumulator = 0;
  int count = 0;
  for (; pos < s.size(); ++pos, ++count) {
    char32_t c = s[pos];
    int digit = c >= '0' && c <= '9' ? static_cast<int>(c - '0')
                : c < 0x80           ? -1
                                     : detail::decimal_value(c);
    if (digit < 0) break;
    if (accumulator > (std::numeric_limits<std::int64_t>::max() - digit) / 10) return -1;
    accumulator = accumulator * 10 + digit;
  }
  result = accumulator;
  return count;
}

} // namespace

bool is_float_type(char32_t type) {
  switch (type) {
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case '%': return true;
  default: return false;
  }
}

Error unknown_format_code(char32_t type, std::string_view type_name) {
  return value_error("Unknown format code " + quoted_code(type) + " for object of type '" +
                     std::string(detail::first_code_points(type_name, 200)) + "'");
}

namespace {

// parse_format_spec over the spec's code points `s` (spec is its text, for messages).
template <class CodePoints>
Result<FormatSpec> parse(const CodePoints& s, std::string_view spec, std::string_view type_name,
                         char default_type, char default_align) {
  FormatSpec f;
  f.align = default_align;
  f.type = static_cast<unsigned char>(default_type);
  std::size_t pos = 0, end = s.size();
  bool align_specified = false, fill_specified = false;
  auto too_many_digits = [] { return value_error("Too many decimal digits in format string"); };
  auto comma_and_underscore = [] { return value_error("Cannot specify both ',' and '_'."); };

  if (end - pos >= 2 && is_alignment(s[pos + 1])) {
    f.align = static_cast<char>(s[pos + 1]);
    f.fill = s[pos];
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_alignment(s[pos])) {
    f.align = static_cast<char>(s[pos]);
    align_specified = true;
    ++pos;
  }
  if (pos < end && is_sign(s[pos])) f.sign = static_cast<char>(s[pos++]);
  if (pos < end && s[pos] == 'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (pos < end && s[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  if (!fill_specified && pos < end && s[pos] == '0') {
    // A leading zero pads with zeros after the sign (unless an explicit fill was given).
    f.fill = '0';
    if (!align_specified && default_align == '>') f.align = '=';
    ++pos;
  }
  int consumed = read_integer(s, pos, f.width);
  if (consumed < 0) return too_many_digits();
  if (consumed == 0) f.width = -1;
  if (pos < end && s[pos] == ',') {
    f.grouping = Grouping::Comma;
    ++pos;
  }
  if (pos < end && s[pos] == '_') {
    if (f.grouping != Grouping::None) return comma_and_underscore();
    f.grouping = Grouping::Underscore;
    ++pos;
  }
  if (pos < end && s[pos] == ',' && f.grouping == Grouping::Underscore) {
    return comma_and_underscore();
  }
  if (pos < end && s[pos] == '.') {
    ++pos;
    consumed = read_integer(s, pos, f.precision);
    if (consumed < 0) return too_many_digits();
    if (consumed == 0) return value_error("Format specifier missing precision");
  }
  if (end - pos > 1) {
    return value_error("Invalid format specifier '" + std::string(spec) + "' for object of type '" +
                       std::string(detail::first_code_points(type_name, 200)) + "'");
  }
  if (end - pos == 1) f.type = s[pos];

  if (f.grouping != Grouping::None) {
    switch (f.type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case '\0': break; // PEP 378
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      if (f.grouping == Grouping::Underscore) {
        f.grouping = Grouping::UnderFour; // PEP 515: every four digits
        break;
      }
      [[fallthrough]];
    default:
      return value_error(std::string("Cannot specify '") +
                         (f.grouping == Grouping::Comma ? ',' : '_') + "' with " +
                         quoted_code(f.type) + ".");
    }
  }
  return f;
}

} // namespace

Result<FormatSpec> parse_format_spec(std::string_view spec, std::string_view type_name,
                                     char default_type, char default_align) {
  for (unsigned char byte : spec) {
    if (byte >= 0x80) {
      std::u32string decoded;
      for (std::size_t pos = 0; pos < spec.size();) {
        decoded.push_back(detail::next_code_point(spec, pos));
      }
      return parse(decoded, spec, type_name, default_type, default_align);
    }
  }
  return parse(AsciiSpec{spec}, spec, type_name, default_type, default_align);
}

} // namespace py::num
