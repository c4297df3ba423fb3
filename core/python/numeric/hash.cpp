// The numeric hash: the value reduced modulo the Mersenne prime 2**61 - 1 (CPython's
// long_hash and _Py_HashDouble), with -1 mapped to -2.
#include "python/numeric/hash.hpp"

#include <cmath>

namespace py::num {

namespace {

constexpr int kHashBits = 61;
constexpr std::uint64_t kModulus = (std::uint64_t{1} << kHashBits) - 1;
constexpr std::int64_t kHashInf = 314159;

// x * 2**k modulo 2**61 - 1 for x < 2**61: a rotation within 61 bits.
std::uint64_t rotate(std::uint64_t x, int k) {
  return k == 0 ? x : ((x << k) & kModulus) | (x >> (kHashBits - k));
}

// Applies the sign and avoids -1, which CPython reserves for errors.
std::int64_t finish(std::uint64_t x, bool negative) {
  auto h = static_cast<std::int64_t>(x);
  if (negative) h = -h;
  return h == -1 ? -2 : h;
}

} // namespace

std::int64_t hash_int(const BigInt& a) {
  std::uint64_t x = 0;
  const auto& mag = a.magnitude();
  for (std::size_t i = mag.size(); i-- > 0;) {
    x = rotate(x, 32) + mag[i];
    if (x >= kModulus) x -= kModulus;
  }
  return finish(x, a.is_negative());
}

std::int64_t hash_int(std::int64_t v) {
  std::uint64_t m = v < 0 ? 0 - static_cast<std::uint64_t>(v) : v;
  return finish(m % kModulus, v < 0);
}

std::int64_t hash_double(double x) {
  if (std::isinf(x)) return x > 0 ? kHashInf : -kHashInf;
  if (std::isnan(x) || x == 0) return 0;
  int e;
  double m = std::frexp(std::fabs(x), &e); // |x| = m * 2**e, m in [0.5, 1)
  // |x| = mantissa * 2**(e - 53) with an integer mantissa < 2**53 < the modulus.
  auto mantissa = static_cast<std::uint64_t>(std::ldexp(m, 53));
  int k = e - 53;
  // 2**61 == 1 modulo the prime, so the power of two reduces to a rotation by k mod 61.
  k = ((k % kHashBits) + kHashBits) % kHashBits;
  return finish(rotate(mantissa, k), x < 0);
}

} // namespace py::num
