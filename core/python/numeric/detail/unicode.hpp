// The few Unicode facts numeric text needs: UTF-8 walking and three character properties
// (decimal digit value, whitespace, printable), as CPython 3.11 defines them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace py::num::detail {

// Decodes the code point at text[pos] and advances pos. A byte that does not start valid UTF-8
// decodes alone to U+DC80..U+DCFF (0xDC00 + byte, Python's surrogateescape); encoded surrogates
// (WTF-8) decode to themselves.
char32_t next_code_point(std::string_view text, std::size_t& pos);
// Appends the UTF-8 encoding of c.
void append_utf8(std::string& out, char32_t c);
// Number of code points in text (what Python's len(str) counts).
std::size_t count_code_points(std::string_view text);
// The prefix of text holding its first n code points.
std::string_view first_code_points(std::string_view text, std::size_t n);

// The value 0..9 of a decimal digit (Unicode category Nd, ASCII included), or -1.
int decimal_value(char32_t c);
// str.isspace() for one code point.
bool is_space(char32_t c);
// str.isprintable() for one code point (repr() escapes the others).
bool is_printable(char32_t c);

} // namespace py::num::detail
