// Magnitude division: one-limb divisors directly, longer ones by Knuth's algorithm D
// (TAOCP vol. 2, 4.3.1) on a normalized divisor.
#include "python/numeric/detail/magnitude.hpp"

#include <algorithm>
#include <bit>

namespace py::num::detail {

std::pair<LimbVector, LimbVector> divmod(Limbs a, Limbs b) {
  if (compare(a, b) < 0) return {LimbVector(), LimbVector(a.data(), a.size())};
  if (b.size() == 1) {
    LimbVector q(a.data(), a.size());
    Limb r = divrem_1(q, b[0]);
    LimbVector rem;
    if (r) rem.push_back(r);
    return {std::move(q), std::move(rem)};
  }
  // Normalize: shift so that the divisor's top limb has its high bit set.
  std::size_t n = b.size(), m = a.size() - n;
  unsigned s = std::countl_zero(b.back());
  LimbVector v(n), u(a.size() + 1);
  if (s) {
    shl_bits(v.data(), b.data(), n, s);
    u[a.size()] = shl_bits(u.data(), a.data(), a.size(), s);
  } else {
    std::copy(b.begin(), b.end(), v.data());
    std::copy(a.begin(), a.end(), u.data());
  }
  LimbVector q(m + 1);
  Wide v1 = v[n - 1], v2 = v[n - 2];
  for (std::size_t j = m + 1; j-- > 0;) {
    // Estimate the quotient limb from the top two limbs of the remainder, then correct it.
    Wide top = (Wide{u[j + n]} << kLimbBits) | u[j + n - 1];
    Wide qhat = top / v1, rhat = top % v1;
    while (qhat > 0xffffffffu || qhat * v2 > ((rhat << kLimbBits) | u[j + n - 2])) {
      --qhat;
      rhat += v1;
      if (rhat > 0xffffffffu) break;
    }
    Limb borrow = submul_1(u.data() + j, v.data(), n, static_cast<Limb>(qhat));
    Limb top_before = u[j + n];
    u[j + n] = top_before - borrow;
    if (top_before < borrow) {
      // qhat was one too large: add the divisor back.
      --qhat;
      u[j + n] += add_n(u.data() + j, u.data() + j, v.data(), n);
    }
    q[j] = static_cast<Limb>(qhat);
  }
  q.trim();
  u.resize(n);
  if (s) shr_bits(u.data(), u.data(), n, s);
  u.trim();
  return {std::move(q), std::move(u)};
}

} // namespace py::num::detail
