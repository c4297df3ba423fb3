// format() of floats after format_float_internal in CPython's Python/formatter_unicode.c.
#include "python/numeric/format.hpp"

#include "python/numeric/detail/limits.hpp"
#include "python/numeric/detail/number_layout.hpp"
#include "python/numeric/float_repr.hpp"

#include <climits>

namespace py::num {

Result<void> format_float_spec(double x, const FormatSpec& spec, std::string& out) {
  if (spec.precision > INT_MAX) return value_error("precision too big");
  if (spec.precision > detail::kMaxFormatLength || spec.width > detail::kMaxFormatLength) {
    return memory_error();
  }
  auto precision = static_cast<int>(spec.precision);
  unsigned flags = 0;
  if (spec.alternate) flags |= kDtsfAlt;
  if (spec.no_neg_0) flags |= kDtsfNoNegZero;
  char type = static_cast<char>(spec.type);
  int default_precision = 6;
  if (type == '\0') {
    // Like repr() without a precision, else like 'g' but keeping a digit after the point.
    flags |= kDtsfAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool percent = type == '%';
  if (percent) {
    type = 'f';
    x *= 100;
  }
  if (precision < 0)
    precision = default_precision;
  else if (type == 'r')
    type = 'g';
  std::string text = double_to_string(x, type, precision, flags);
  if (percent) text += '%';

  // Split into sign, integer digits, point and the rest (parse_number).
  detail::NumberParts parts;
  std::string_view rest = text;
  if (!rest.empty() && rest[0] == '-') {
    parts.negative = true;
    rest.remove_prefix(1);
  }
  std::size_t digits = 0;
  while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
  parts.digits = rest.substr(0, digits);
  parts.has_decimal = digits < rest.size() && rest[digits] == '.';
  parts.remainder = rest.substr(digits + parts.has_decimal);
  detail::layout_number(parts, spec, spec.type == 'n', out);
  return {};
}

Result<void> format_float(double x, std::string_view spec, std::string_view type_name,
                          std::string& out) {
  if (spec.empty()) {
    out += float_repr(x);
    return {};
  }
  Result<FormatSpec> parsed = parse_format_spec(spec, type_name, '\0', '>');
  if (!parsed) return std::move(parsed).error();
  char32_t type = parsed.value().type;
  if (type != '\0' && type != 'n' && !is_float_type(type)) {
    return unknown_format_code(type, type_name);
  }
  return format_float_spec(x, parsed.value(), out);
}

} // namespace py::num
