// Number layout after calc_number_widths, fill_number and _PyUnicode_InsertThousandsGrouping.
#include "python/numeric/detail/number_layout.hpp"

#include "python/numeric/detail/unicode.hpp"

#include <algorithm>
#include <cstdint>

namespace py::num::detail {
namespace {

// The digits with separators every `group` digits (0: none), widened with zeros to at least
// min_width characters, as _PyUnicode_InsertThousandsGrouping.
std::string group_digits(std::string_view digits, std::int64_t min_width, char separator,
                         std::int64_t group) {
  if (group <= 0) {
    // Zero padding only.
    std::string out(static_cast<std::size_t>(std::max<std::int64_t>(
                        0, min_width - static_cast<std::int64_t>(digits.size()))),
                    '0');
    out.append(digits);
    return out;
  }
  std::string reversed; // built from the right
  auto remaining = static_cast<std::int64_t>(digits.size());
  min_width = std::max<std::int64_t>(0, min_width);
  bool use_separator = false;
  auto emit = [&](std::int64_t len) {
    std::int64_t zeros = std::max<std::int64_t>(0, len - remaining);
    std::int64_t chars = std::max<std::int64_t>(0, std::min(remaining, len));
    if (use_separator) reversed += separator;
    for (std::int64_t i = 0; i < chars; ++i) reversed += digits[remaining - 1 - i];
    reversed.append(static_cast<std::size_t>(zeros), '0');
    remaining -= chars;
    use_separator = true;
  };
  for (;;) {
    std::int64_t len = std::min(group, std::max({remaining, min_width, std::int64_t{1}}));
    emit(len);
    min_width -= len;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1; // the separator's width
  }
  return {reversed.rbegin(), reversed.rend()};
}

// Appends n copies of the fill character.
void fill(std::string& out, char32_t c, std::int64_t n) {
  if (n <= 0) return;
  if (c < 0x80) {
    out.append(static_cast<std::size_t>(n), static_cast<char>(c));
    return;
  }
  for (std::int64_t i = 0; i < n; ++i) append_utf8(out, c);
}

} // namespace

void layout_number(const NumberParts& parts, const FormatSpec& spec, bool locale_n,
                   std::string& out) {
  char sign = '\0';
  if (spec.sign == '+')
    sign = parts.negative ? '-' : '+';
  else if (spec.sign == ' ')
    sign = parts.negative ? '-' : ' ';
  else if (parts.negative)
    sign = '-';

  char separator = '\0';
  std::int64_t group = 0;
  if (!locale_n && spec.grouping != Grouping::None) {
    separator = spec.grouping == Grouping::Comma ? ',' : '_';
    group = spec.grouping == Grouping::UnderFour ? 4 : 3;
  }
  auto non_digits =
      static_cast<std::int64_t>((sign != '\0') + parts.prefix.size() + parts.has_decimal +
                                count_code_points(parts.remainder));
  // Zero padding with '=' goes into the digits, so that it is grouped too.
  std::int64_t min_width = spec.fill == '0' && spec.align == '=' ? spec.width - non_digits : 0;
  // Digits that need neither separators nor zeros are used as they are.
  std::string grouped_storage;
  std::string_view grouped = parts.digits;
  if (!parts.digits.empty() &&
      (group > 0 || min_width > static_cast<std::int64_t>(parts.digits.size()))) {
    grouped_storage = group_digits(parts.digits, min_width, separator, group);
    grouped = grouped_storage;
  }

  std::int64_t padding = spec.width - (non_digits + static_cast<std::int64_t>(grouped.size()));
  std::int64_t left = 0, middle = 0, right = 0;
  if (padding > 0) {
    switch (spec.align) {
    case '<': right = padding; break;
    case '^':
      left = padding / 2;
      right = padding - left;
      break;
    case '=': middle = padding; break;
    default: left = padding; break;
    }
  }
  fill(out, spec.fill, left);
  if (sign) out += sign;
  out.append(parts.prefix);
  fill(out, spec.fill, middle);
  out += grouped;
  if (parts.has_decimal) out += '.';
  out.append(parts.remainder);
  fill(out, spec.fill, right);
}

void pad_text(std::string_view text, std::size_t n, const FormatSpec& spec, std::string& out) {
  std::int64_t padding = spec.width - static_cast<std::int64_t>(n);
  std::int64_t left = 0, right = 0;
  if (padding > 0) {
    if (spec.align == '>')
      left = padding;
    else if (spec.align == '^')
      left = padding / 2;
    right = padding - left;
  }
  fill(out, spec.fill, left);
  out.append(text);
  fill(out, spec.fill, right);
}

} // namespace py::num::detail
