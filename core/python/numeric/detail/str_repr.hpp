// repr() of a Python str, for the error messages that quote their input ("… with base 10: 'abc'").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace py::num::detail {

// repr(text) for UTF-8 text, cut to its first max_chars code points as CPython's "%.200R" does.
std::string str_repr(std::string_view text, std::size_t max_chars = std::string_view::npos);

} // namespace py::num::detail
