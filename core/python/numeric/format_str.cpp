// format() of strs after format_string_internal in CPython's Python/formatter_unicode.c.
#include "python/numeric/format.hpp"

#include "python/numeric/detail/limits.hpp"
#include "python/numeric/detail/number_layout.hpp"
#include "python/numeric/detail/unicode.hpp"

namespace py::num {

Result<void> format_str_spec(std::string_view s, const FormatSpec& spec, std::string& out) {
  if (spec.sign == ' ') return value_error("Space not allowed in string format specifier");
  if (spec.sign != '\0') return value_error("Sign not allowed in string format specifier");
  if (spec.no_neg_0) {
    return value_error("Negative zero coercion (z) not allowed in string format specifier");
  }
  if (spec.alternate) {
    return value_error("Alternate form (#) not allowed in string format specifier");
  }
  if (spec.align == '=') return value_error("'=' alignment not allowed in string format specifier");
  if (spec.width > detail::kMaxFormatLength) return memory_error();
  std::size_t length = detail::count_code_points(s);
  if (spec.precision >= 0 && length > static_cast<std::size_t>(spec.precision)) {
    s = detail::first_code_points(s, static_cast<std::size_t>(spec.precision));
    length = static_cast<std::size_t>(spec.precision);
  }
  detail::pad_text(s, length, spec, out);
  return {};
}

Result<void> format_str(std::string_view s, std::string_view spec, std::string_view type_name,
                        std::string& out) {
  if (spec.empty()) {
    out.append(s);
    return {};
  }
  Result<FormatSpec> parsed = parse_format_spec(spec, type_name, 's', '<');
  if (!parsed) return std::move(parsed).error();
  if (parsed.value().type != 's') return unknown_format_code(parsed.value().type, type_name);
  return format_str_spec(s, parsed.value(), out);
}

} // namespace py::num
