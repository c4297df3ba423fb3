// printf-style conversions after unicode_format_arg_parse, _PyUnicode_FormatLong, formatfloat and
// unicode_format_arg_output in CPython's Objects/unicodeobject.c.
#include "python/numeric/percent_format.hpp"

#include "python/numeric/detail/unicode.hpp"
#include "python/numeric/float_repr.hpp"
#include "python/numeric/int_text.hpp"

#include <climits>
#include <cstdio>
#include <limits>

namespace py::num {
namespace {

// Appends a converted argument laid out: sign, "0x" prefix, zero or space padding, precision
// truncation of text conversions. `numeric` is CPython's arg->sign (set for numbers).
void output(std::string_view text, const PercentSpec& spec, bool numeric, std::string& out) {
  char32_t type = spec.type;
  bool text_type = type == 's' || type == 'r' || type == 'a';
  bool prefixed = spec.alternate && (type == 'x' || type == 'X' || type == 'o');
  char fill = numeric && spec.zero ? '0' : ' ';
  auto len = static_cast<std::int64_t>(detail::count_code_points(text));
  std::int64_t width = spec.width;
  if ((width == -1 || width <= len) && (spec.precision == -1 || spec.precision >= len) &&
      !spec.plus && !spec.blank) {
    out.append(text);
    return;
  }
  if (text_type && spec.precision >= 0 && len > spec.precision) len = spec.precision;

  std::size_t start = 0; // byte offset of what remains to copy (numbers are ASCII)
  char sign = '\0';
  if (numeric) {
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
      sign = text[0];
      --len;
      ++start;
    } else if (spec.plus) {
      sign = '+';
    } else if (spec.blank) {
      sign = ' ';
    } else {
      numeric = false;
    }
  }
  if (width < len) width = len;
  if (numeric) {
    if (fill != ' ') out += sign;
    if (width > len) --width; // the sign takes one column of the width
  }
  if (prefixed) {
    if (fill != ' ') {
      out.append(text.substr(start, 2));
      start += 2;
    }
    width = width < 2 ? 0 : width - 2;
    len -= 2;
  }
  if (width > len && !spec.left) {
    out.append(static_cast<std::size_t>(width - len), fill);
    width = len;
  }
  if (fill == ' ') {
    if (numeric) out += sign;
    if (prefixed) {
      out.append(text.substr(start, 2));
      start += 2;
    }
  }
  if (len > 0) {
    std::string_view rest = text.substr(start);
    out.append(detail::first_code_points(rest, static_cast<std::size_t>(len)));
  }
  if (width > len) out.append(static_cast<std::size_t>(width - len), ' ');
}

} // namespace

Result<PercentSpec> parse_percent_spec(std::string_view fmt, std::size_t& pos) {
  PercentSpec spec;
  auto incomplete = [] { return value_error("incomplete format"); };
  if (pos < fmt.size() && fmt[pos] == '(') {
    std::size_t start = ++pos;
    int depth = 1;
    for (; pos < fmt.size() && depth > 0; ++pos) {
      if (fmt[pos] == ')')
        --depth;
      else if (fmt[pos] == '(')
        ++depth;
    }
    if (depth > 0) return value_error("incomplete format key");
    spec.has_key = true;
    spec.key = fmt.substr(start, pos - 1 - start);
  }
  for (; pos < fmt.size(); ++pos) {
    char c = fmt[pos];
    if (c == '-')
      spec.left = true;
    else if (c == '+')
      spec.plus = true;
    else if (c == ' ')
      spec.blank = true;
    else if (c == '#')
      spec.alternate = true;
    else if (c == '0')
      spec.zero = true;
    else
      break;
  }
  auto is_digit = [&] { return pos < fmt.size() && fmt[pos] >= '0' && fmt[pos] <= '9'; };
  if (pos < fmt.size() && fmt[pos] == '*') {
    spec.width_from_arg = true;
    ++pos;
  } else if (is_digit()) {
    spec.width = 0;
    for (; is_digit(); ++pos) {
      int d = fmt[pos] - '0';
      if (spec.width > (std::numeric_limits<std::int64_t>::max() - d) / 10) {
        return value_error("width too big");
      }
      spec.width = spec.width * 10 + d;
    }
  }
  if (pos < fmt.size() && fmt[pos] == '.') {
    spec.precision = 0;
    ++pos;
    if (pos < fmt.size() && fmt[pos] == '*') {
      spec.precision_from_arg = true;
      ++pos;
    } else {
      for (; is_digit(); ++pos) {
        int d = fmt[pos] - '0';
        if (spec.precision > (INT_MAX - d) / 10) return value_error("precision too big");
        spec.precision = spec.precision * 10 + d;
      }
    }
  }
  if (pos < fmt.size() && (fmt[pos] == 'h' || fmt[pos] == 'l' || fmt[pos] == 'L')) ++pos;
  if (pos >= fmt.size()) return incomplete();
  spec.type_pos = pos;
  spec.type = detail::next_code_point(fmt, pos);
  return spec;
}

Error unsupported_percent_type(std::string_view fmt, const PercentSpec& spec) {
  char32_t c = spec.type;
  char buf[96];
  std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu",
                c >= 31 && c <= 126 ? static_cast<char>(c) : '?', static_cast<unsigned>(c),
                detail::count_code_points(fmt.substr(0, spec.type_pos)));
  return value_error(buf);
}

Result<void> percent_format_int(const BigInt& v, const PercentSpec& spec,
                                std::size_t max_str_digits, std::string& out) {
  if (spec.precision > INT_MAX - 3) return overflow_error("precision too large");
  char32_t type = spec.type;
  std::string digits;
  std::string prefix;
  if (type == 'o' || type == 'x' || type == 'X') {
    digits = to_string(v.abs(), type == 'o' ? 8 : 16);
    if (spec.alternate) prefix = type == 'o' ? "0o" : "0x";
  } else {
    Result<std::string> decimal = to_decimal_string(v.abs(), max_str_digits);
    if (!decimal) return std::move(decimal).error();
    digits = std::move(decimal.value());
  }
  if (spec.precision > static_cast<std::int64_t>(digits.size())) {
    digits.insert(0, static_cast<std::size_t>(spec.precision) - digits.size(), '0');
  }
  std::string text = (v.is_negative() ? "-" : "") + prefix + digits;
  if (type == 'X') {
    for (char& c : text) c = static_cast<char>(c >= 'a' && c <= 'x' ? c - 'a' + 'A' : c);
  }
  output(text, spec, true, out);
  return {};
}

void percent_format_float(double x, const PercentSpec& spec, std::string& out) {
  int precision = spec.precision < 0 ? 6 : spec.precision;
  std::string text = double_to_string(x, static_cast<char>(spec.type), precision,
                                      spec.alternate ? unsigned{kDtsfAlt} : 0u);
  output(text, spec, true, out);
}

Result<void> percent_format_char(const BigInt& v, const PercentSpec& spec, std::string& out) {
  if (v.is_negative() || v > 0x10FFFF) return overflow_error("%c arg not in range(0x110000)");
  std::string text;
  detail::append_utf8(text, static_cast<char32_t>(v.to_int64()));
  output(text, spec, false, out);
  return {};
}

void percent_format_text(std::string_view text, const PercentSpec& spec, std::string& out) {
  output(text, spec, false, out);
}

} // namespace py::num
