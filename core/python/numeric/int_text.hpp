// int <-> str: printing in any base, str()/repr() under Python 3.11's digit limit, and int(s,
// base).
#pragma once

#include "python/numeric/bigint.hpp"
#include "python/numeric/result.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace py::num {

// sys.int_info.default_max_str_digits: the VM keeps the current limit (0 means no limit) and
// passes it to the functions below.
inline constexpr std::size_t kDefaultMaxStrDigits = 4300;

// The digits of a in base 2..36 (lowercase letters), '-' first when negative; no prefix and no
// digit limit. Quadratic in general; decimal runs ~9 digits per limb pass.
std::string to_string(const BigInt& a, int base = 10);
// str(a): decimal, refusing more than max_str_digits digits with CPython's ValueError
// "Exceeds the limit (4300 digits) for integer string conversion; use
// sys.set_int_max_str_digits() to increase the limit".
Result<std::string> to_decimal_string(const BigInt& a, std::size_t max_str_digits);
// bin(a), oct(a), hex(a) for base 2, 8, 16: "0b…", "0o…", "0x…" after the sign.
std::string to_prefixed_string(const BigInt& a, int base);

// int(text, base) for UTF-8 text and base 0 or 2..36, exactly as CPython 3.11: surrounding
// whitespace, a sign, the 0x/0o/0b prefix (base 0 or the matching base, one '_' may follow),
// single underscores between digits, Unicode decimal digits, no leading zeros in base 0.
// Errors (all ValueError): "int() base must be >= 2 and <= 36, or 0", "invalid literal for int()
// with base 10: 'abc'" (the repr cut to 200 characters), and for bases that are not powers of two
// "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use
// sys.set_int_max_str_digits() to increase the limit".
Result<BigInt> parse_int(std::string_view text, int base, std::size_t max_str_digits);

} // namespace py::num
