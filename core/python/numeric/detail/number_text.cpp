// Unicode digits and spaces to ASCII before numeric parsing.
#include "python/numeric/detail/number_text.hpp"

#include "python/numeric/detail/unicode.hpp"

namespace py::num::detail {

std::string to_ascii_number_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t c = next_code_point(text, pos);
    if (c < 127) {
      out += static_cast<char>(c);
    } else if (is_space(c)) {
      out += ' ';
    } else if (int d = decimal_value(c); d >= 0) {
      out += static_cast<char>('0' + d);
    } else {
      out += '?';
      break;
    }
  }
  return out;
}

} // namespace py::num::detail
