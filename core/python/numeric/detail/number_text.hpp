// The text clean-up int() and float() share before parsing (CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII), and the ASCII whitespace test they then use.
#pragma once

#include <string>
#include <string_view>

namespace py::num::detail {

// Maps UTF-8 text to ASCII: code points below 127 stay, Unicode whitespace becomes ' ', Unicode
// decimal digits become '0'..'9', and anything else becomes '?' that ends the text (it can only
// make the parse fail).
std::string to_ascii_number_text(std::string_view text);

// C's isspace in the "C" locale (CPython's Py_ISSPACE): space, \t, \n, \v, \f, \r.
inline bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

} // namespace py::num::detail
