// The pieces of printf-style formatting (str % args) that concern numbers and padding: parsing one
// conversion spec and rendering d i u o x X e E f F g G s r a c. The VM walks the format string,
// fetches the arguments (and '*' widths) and converts non-numbers first.
#pragma once

#include "python/numeric/bigint.hpp"
#include "python/numeric/result.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace py::num {

// One conversion: '%' ['(' key ')'] flags [width | '*'] ['.' (precision | '*')] [h|l|L] type.
struct PercentSpec {
  bool has_key = false;        // "%(key)s": the argument comes from a mapping
  std::string_view key;        // the key, between balanced parentheses
  bool left = false;           // '-'
  bool plus = false;           // '+'
  bool blank = false;          // ' '
  bool alternate = false;      // '#'
  bool zero = false;           // '0'
  bool width_from_arg = false; // '*': the VM takes the next argument; a negative one sets `left`
                               // and is negated
  bool precision_from_arg = false; // '.*': the VM takes the next argument; negative means 0
  std::int64_t width = -1;         // -1 when absent
  int precision = -1;              // -1 when absent
  char32_t type = 0;               // the conversion character
  std::size_t type_pos = 0;        // byte offset of the type character in the format
};

// Parses the conversion starting at fmt[pos] (just after its '%', which must not be "%%") and
// leaves pos after it. ValueError "incomplete format key", "incomplete format", "width too big",
// "precision too big".
Result<PercentSpec> parse_percent_spec(std::string_view fmt, std::size_t& pos);
// ValueError "unsupported format character 'y' (0x79) at index 1" for a spec whose type is not a
// conversion (the index counts code points of fmt).
Error unsupported_percent_type(std::string_view fmt, const PercentSpec& spec);

// The conversions append to `out` (one string for the whole format), which an error leaves
// unchanged.

// %d %i %u %o %x %X of an int. OverflowError "precision too large"; the digit limit applies to
// decimal output.
Result<void> percent_format_int(const BigInt& v, const PercentSpec& spec,
                                std::size_t max_str_digits, std::string& out);
// %e %E %f %F %g %G of a float.
void percent_format_float(double x, const PercentSpec& spec, std::string& out);
// %c of an int. OverflowError "%c arg not in range(0x110000)".
Result<void> percent_format_char(const BigInt& v, const PercentSpec& spec, std::string& out);
// %s %r %a (text is str(), repr() or ascii() of the argument, UTF-8) and %c of a one-character
// str: the precision truncates s/r/a, the width pads. text must not point into out.
void percent_format_text(std::string_view text, const PercentSpec& spec, std::string& out);

} // namespace py::num
