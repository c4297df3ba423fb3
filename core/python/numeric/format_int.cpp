// format() of ints after format_long_internal in CPython's Python/formatter_unicode.c.
#include "python/numeric/format.hpp"

#include "python/numeric/detail/limits.hpp"
#include "python/numeric/detail/number_layout.hpp"
#include "python/numeric/detail/unicode.hpp"
#include "python/numeric/int_float.hpp"
#include "python/numeric/int_text.hpp"

namespace py::num {

Result<std::string> format_int_spec(const BigInt& v, const FormatSpec& spec,
                                    std::size_t max_str_digits) {
  if (spec.precision != -1) {
    return value_error("Precision not allowed in integer format specifier");
  }
  if (spec.no_neg_0) {
    return value_error("Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (spec.width > detail::kMaxFormatLength) return memory_error();
  detail::NumberParts parts;
  std::string text;
  if (spec.type == 'c') {
    if (spec.sign != '\0') return value_error("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) {
      return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (!v.fits_int64()) return overflow_error("Python int too large to convert to C long");
    if (v.is_negative() || v > 0x10FFFF) return overflow_error("%c arg not in range(0x110000)");
    detail::append_utf8(text, static_cast<char32_t>(v.to_int64()));
    parts.remainder = text;
    return detail::layout_number(parts, spec, false);
  }
  int base = spec.type == 'b'                       ? 2
             : spec.type == 'o'                     ? 8
             : spec.type == 'x' || spec.type == 'X' ? 16
                                                    : 10;
  if (base == 10) {
    Result<std::string> digits = to_decimal_string(v.abs(), max_str_digits);
    if (!digits) return digits;
    text = std::move(digits.value());
  } else {
    text = to_string(v.abs(), base);
  }
  std::string_view prefix;
  if (spec.alternate && base != 10) {
    prefix = base == 2 ? "0b" : base == 8 ? "0o" : spec.type == 'X' ? "0X" : "0x";
  }
  if (spec.type == 'X') {
    for (char& c : text) c = static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c);
  }
  parts.negative = v.is_negative();
  parts.prefix = prefix;
  parts.digits = text;
  return detail::layout_number(parts, spec, spec.type == 'n');
}

Result<std::string> format_int(const BigInt& v, std::string_view spec, std::string_view type_name,
                               std::size_t max_str_digits) {
  if (spec.empty()) return to_decimal_string(v, max_str_digits);
  Result<FormatSpec> parsed = parse_format_spec(spec, type_name, 'd', '>');
  if (!parsed) return std::move(parsed).error();
  const FormatSpec& f = parsed.value();
  if (is_float_type(f.type)) {
    Result<double> x = to_double(v);
    if (!x) return std::move(x).error();
    return format_float_spec(x.value(), f);
  }
  switch (f.type) {
  case 'b':
  case 'c':
  case 'd':
  case 'o':
  case 'x':
  case 'X':
  case 'n': return format_int_spec(v, f, max_str_digits);
  default: return unknown_format_code(f.type, type_name);
  }
}

} // namespace py::num
