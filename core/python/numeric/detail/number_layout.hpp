// Sign, prefix, digit grouping, zero padding and alignment of a formatted number: CPython's
// calc_number_widths and fill_number, shared by format(int) and format(float).
#pragma once

#include "python/numeric/format_spec.hpp"

#include <string>
#include <string_view>

namespace py::num::detail {

// A number cut into the pieces the layout treats differently.
struct NumberParts {
  bool negative = false;      // the number carried a '-'
  std::string_view prefix;    // "0x", "0B"… (alternate form), not grouped
  std::string_view digits;    // integer digits, grouped and zero padded
  bool has_decimal = false;   // a '.' follows the digits
  std::string_view remainder; // after the point: fraction, exponent, '%'; or the 'c' character
};

// Appends the parts laid out under spec's fill, alignment, sign, width and grouping to out (which
// the parts must not point into); locale_n selects the 'n' type's locale (the C locale: no
// grouping) instead of spec's grouping.
void layout_number(const NumberParts& parts, const FormatSpec& spec, bool locale_n,
                   std::string& out);

// Appends text (n code points long) padded to spec's width with its fill and alignment ('<',
// '>', '^').
void pad_text(std::string_view text, std::size_t n, const FormatSpec& spec, std::string& out);

} // namespace py::num::detail
