// Correct rounding of a scaled binary integer to a double: the last step of int -> float,
// int / int and float.fromhex, including subnormal results.
#pragma once

#include <cstdint>

namespace py::num::detail {

// (m + f) * 2**e rounded to nearest, ties to even, where 0 <= f < 1 is non-zero exactly when
// `sticky`; +inf when it overflows. When sticky is set, m must reach at least two bits below the
// result's last bit (so the half-way bit is in m).
double scale_rounded(std::uint64_t m, bool sticky, std::int64_t e);

} // namespace py::num::detail
