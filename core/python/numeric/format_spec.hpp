// The format-spec mini-language shared by format(int), format(float) and format(str):
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
#pragma once

#include "python/numeric/result.hpp"

#include <cstdint>
#include <string_view>

namespace py::num {

// The thousands separator a spec asks for (CPython's LocaleType in formatter_unicode.c).
enum class Grouping : unsigned char {
  None,
  Comma,      // ',' every 3 digits
  Underscore, // '_' every 3 digits
  UnderFour,  // '_' every 4 digits, for b, o, x, X
};

// A parsed format spec (CPython's InternalFormatSpec).
struct FormatSpec {
  char32_t fill = ' ';
  char align = '>';        // '<', '>', '=' or '^'
  char sign = '\0';        // '+', '-', ' ' or none
  bool no_neg_0 = false;   // 'z': negative zero prints as zero
  bool alternate = false;  // '#'
  std::int64_t width = -1; // -1 when absent
  Grouping grouping = Grouping::None;
  std::int64_t precision = -1; // -1 when absent
  char32_t type = '\0';
};

// Parses a non-empty spec (UTF-8) for an object of type type_name whose type letter and alignment
// default to default_type and default_align. Errors (ValueError) with CPython 3.11's messages:
// "Invalid format specifier '…' for object of type '…'", "Format specifier missing precision",
// "Too many decimal digits in format string", "Cannot specify both ',' and '_'.",
// "Cannot specify ',' with 's'.".
Result<FormatSpec> parse_format_spec(std::string_view spec, std::string_view type_name,
                                     char default_type, char default_align);

// True for the presentation types that format a number as a float: e E f F g G %.
bool is_float_type(char32_t type);

// ValueError "Unknown format code 'd' for object of type 'float'" ('\x…' for unprintable codes).
Error unknown_format_code(char32_t type, std::string_view type_name);

} // namespace py::num
