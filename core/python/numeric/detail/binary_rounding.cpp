// Round-half-even of m * 2**e to IEEE double precision, normal or subnormal.
#include "python/numeric/detail/binary_rounding.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace py::num::detail {

double scale_rounded(std::uint64_t m, bool sticky, std::int64_t e) {
  if (m == 0) return 0.0;
  std::int64_t top = e + std::bit_width(m); // the value is below 2**top
  if (top > 1024) return std::numeric_limits<double>::infinity();
  std::int64_t lsb = std::max<std::int64_t>(top - 53, -1074); // weight of the result's last bit
  if (e >= lsb) return std::ldexp(static_cast<double>(m), static_cast<int>(e));
  std::int64_t shift = lsb - e;
  if (shift > 64) return 0.0; // below half the smallest subnormal
  std::uint64_t q = shift == 64 ? 0 : m >> shift;
  std::uint64_t rem = shift == 64 ? m : m & ((std::uint64_t{1} << shift) - 1);
  std::uint64_t half = std::uint64_t{1} << (shift - 1);
  if (rem > half || (rem == half && (sticky || (q & 1)))) ++q;
  return std::ldexp(static_cast<double>(q), static_cast<int>(lsb));
}

} // namespace py::num::detail
