// format() of ints after format_long_internal in CPython's Python/formatter_unicode.c.
#include "python/numeric/format.hpp"

#include "python/numeric/detail/limits.hpp"
#include "python/numeric/detail/number_layout.hpp"
#include "python/numeric/detail/unicode.hpp"
#include "python/numeric/int_float.hpp"
#include "python/numeric/int_text.hpp"

#include <charconv>
#include <optional>

namespace py::num {

namespace {

// The base of an integer presentation type.
int base_of(char32_t type) {
  return type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
}

// The types that show an int's digits (all but 'c' and the float types).
bool is_digits_type(char32_t type) {
  switch (type) {
  case 'b':
  case 'd':
  case 'o':
  case 'x':
  case 'X':
  case 'n': return true;
  default: return false;
  }
}

// The errors of a spec that no int can be formatted with, else nullopt.
std::optional<Error> int_spec_error(const FormatSpec& spec) {
  if (spec.precision != -1) {
    return value_error("Precision not allowed in integer format specifier");
  }
  if (spec.no_neg_0) {
    return value_error("Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (spec.width > detail::kMaxFormatLength) return memory_error();
  return std::nullopt;
}

// Appends an int laid out from the digits of its magnitude (lower case, in the base of spec's
// type).
void layout_int(bool negative, std::string_view digits, const FormatSpec& spec, std::string& out) {
  std::string_view prefix;
  int base = base_of(spec.type);
  if (spec.alternate && base != 10) {
    prefix = base == 2 ? "0b" : base == 8 ? "0o" : spec.type == 'X' ? "0X" : "0x";
  }
  std::string upper;
  if (spec.type == 'X') {
    upper = digits;
    for (char& c : upper) c = static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c);
    digits = upper;
  }
  detail::NumberParts parts;
  parts.negative = negative;
  parts.prefix = prefix;
  parts.digits = digits;
  detail::layout_number(parts, spec, spec.type == 'n', out);
}

} // namespace

Result<void> format_int_spec(const BigInt& v, const FormatSpec& spec, std::size_t max_str_digits,
                             std::string& out) {
  if (auto error = int_spec_error(spec)) return std::move(*error);
  if (spec.type == 'c') {
    if (spec.sign != '\0') return value_error("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) {
      return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (!v.fits_int64()) return overflow_error("Python int too large to convert to C long");
    if (v.is_negative() || v > 0x10FFFF) return overflow_error("%c arg not in range(0x110000)");
    std::string text;
    detail::append_utf8(text, static_cast<char32_t>(v.to_int64()));
    detail::NumberParts parts;
    parts.remainder = text;
    detail::layout_number(parts, spec, false, out);
    return {};
  }
  int base = base_of(spec.type);
  if (base != 10) {
    layout_int(v.is_negative(), to_string(v.abs(), base), spec, out);
    return {};
  }
  Result<std::string> digits = to_decimal_string(v.abs(), max_str_digits);
  if (!digits) return std::move(digits).error();
  layout_int(v.is_negative(), digits.value(), spec, out);
  return {};
}

Result<void> format_int(std::int64_t v, std::string_view spec, std::string_view type_name,
                        std::size_t max_str_digits, std::string& out) {
  Result<FormatSpec> parsed = parse_format_spec(spec, type_name, 'd', '>');
  if (parsed && is_digits_type(parsed.value().type) && !int_spec_error(parsed.value())) {
    // The digits straight from the 64-bit value (no BigInt).
    std::uint64_t magnitude =
        v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    char buf[64];
    char* end = std::to_chars(buf, buf + sizeof buf, magnitude, base_of(parsed.value().type)).ptr;
    layout_int(v < 0, std::string_view(buf, std::size_t(end - buf)), parsed.value(), out);
    return {};
  }
  // The other types, and the errors, as for any int.
  return format_int(BigInt(v), spec, type_name, max_str_digits, out);
}

Result<void> format_int(const BigInt& v, std::string_view spec, std::string_view type_name,
                        std::size_t max_str_digits, std::string& out) {
  if (spec.empty()) {
    Result<std::string> text = to_decimal_string(v, max_str_digits);
    if (!text) return std::move(text).error();
    out += text.value();
    return {};
  }
  Result<FormatSpec> parsed = parse_format_spec(spec, type_name, 'd', '>');
  if (!parsed) return std::move(parsed).error();
  const FormatSpec& f = parsed.value();
  if (is_float_type(f.type)) {
    Result<double> x = to_double(v);
    if (!x) return std::move(x).error();
    return format_float_spec(x.value(), f, out);
  }
  switch (f.type) {
  case 'b':
  case 'c':
  case 'd':
  case 'o':
  case 'x':
  case 'X':
  case 'n': return format_int_spec(v, f, max_str_digits, out);
  default: return unknown_format_code(f.type, type_name);
  }
}

} // namespace py::num
