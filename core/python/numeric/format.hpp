// format(value, spec) for int, float and str: CPython 3.11's __format__ of the built-in types.
// Every function takes the object's type name for messages (a subclass such as bool reports
// its own name); an empty spec is str(value), which for subclasses the VM computes itself.
#pragma once

#include "python/numeric/bigint.hpp"
#include "python/numeric/format_spec.hpp"
#include "python/numeric/result.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace py::num {

// Each function appends the formatted text to `out`, which an error leaves unchanged: a format
// call with many fields builds one string.

// format(v, spec) for an int: types b c d o x X n and none (d), e E f F g G % through float.
// max_str_digits is the int/str digit limit for decimal output (0: none).
Result<void> format_int(const BigInt& v, std::string_view spec, std::string_view type_name,
                        std::size_t max_str_digits, std::string& out);
// format_int for an int that fits in 64 bits (the VM's small ints): the same results, without
// a BigInt for the presentation types that show digits.
Result<void> format_int(std::int64_t v, std::string_view spec, std::string_view type_name,
                        std::size_t max_str_digits, std::string& out);
// format(x, spec) for a float: types e E f F g G n % and none (repr-like, or 'g' keeping a digit
// after the point when a precision is given).
Result<void> format_float(double x, std::string_view spec, std::string_view type_name,
                          std::string& out);
// format(s, spec) for a str (UTF-8): fill, alignment, width and precision count code points.
Result<void> format_str(std::string_view s, std::string_view spec, std::string_view type_name,
                        std::string& out);

// The same three with an already parsed spec whose type is valid for the value's kind (for the
// VM's own types that format like numbers or strings).
Result<void> format_int_spec(const BigInt& v, const FormatSpec& spec, std::size_t max_str_digits,
                             std::string& out);
Result<void> format_float_spec(double x, const FormatSpec& spec, std::string& out);
Result<void> format_str_spec(std::string_view s, const FormatSpec& spec, std::string& out);

} // namespace py::num
