// Magnitude multiplication: schoolbook for short operands, Karatsuba above kKaratsubaLimbs,
// and slicing of very unbalanced operands so that each slice multiply is balanced.
#include "python/numeric/detail/magnitude.hpp"

#include <algorithm>

namespace py::num::detail {
namespace {

// Operand length (in limbs) from which Karatsuba beats schoolbook (measured natively).
constexpr std::size_t kKaratsubaLimbs = 40;

// r[0..na+nb) = a * b, schoolbook; r must not alias a or b.
void schoolbook(Limb* r, const Limb* a, std::size_t na, const Limb* b, std::size_t nb) {
  std::fill(r, r + na + nb, 0);
  for (std::size_t j = 0; j < nb; ++j) r[na + j] = addmul_1(r + j, a, na, b[j]);
}

// r[0..n) += a[0..na) with carry propagation; r must be long enough for the carry.
void add_into(Limb* r, std::size_t n, const Limb* a, std::size_t na) {
  Limb carry = add_n(r, r, a, na);
  for (std::size_t i = na; carry && i < n; ++i) carry = ++r[i] == 0;
}

// r[0..n) -= a[0..na); the result must not be negative.
void sub_from(Limb* r, std::size_t n, const Limb* a, std::size_t na) {
  Limb borrow = sub_n(r, r, a, na);
  for (std::size_t i = na; borrow && i < n; ++i) borrow = r[i]-- == 0;
}

// The significant length of a[0..n).
std::size_t significant(const Limb* a, std::size_t n) {
  while (n && a[n - 1] == 0) --n;
  return n;
}

// Defined below; Karatsuba and multiply call each other.
void multiply(Limb* r, const Limb* a, std::size_t na, const Limb* b, std::size_t nb);

// r[0..na+nb) = a * b by Karatsuba, for nb <= na < 2 * nb.
void karatsuba(Limb* r, const Limb* a, std::size_t na, const Limb* b, std::size_t nb) {
  std::size_t m = na / 2; // low half length; nb > m, so both high halves are non-empty
  const Limb *a0 = a, *a1 = a + m, *b0 = b, *b1 = b + m;
  std::size_t na1 = na - m, nb1 = nb - m;
  std::size_t na0 = significant(a0, m), nb0 = significant(b0, m);

  std::fill(r, r + na + nb, 0);
  // z0 = a0 * b0 at r[0..), z2 = a1 * b1 at r[2m..).
  LimbVector z0(na0 + nb0), z2(na1 + nb1);
  multiply(z0.data(), a0, na0, b0, nb0);
  multiply(z2.data(), a1, na1, b1, nb1);
  std::copy(z0.data(), z0.data() + z0.size(), r);
  std::copy(z2.data(), z2.data() + z2.size(), r + 2 * m);

  // z1 = (a0 + a1)(b0 + b1) - z0 - z2, added at r[m..).
  LimbVector sa = add({a0, na0}, {a1, na1});
  LimbVector sb = add({b0, nb0}, {b1, nb1});
  LimbVector z1(sa.size() + sb.size());
  multiply(z1.data(), sa.data(), sa.size(), sb.data(), sb.size());
  std::size_t n1 = z1.size();
  sub_from(z1.data(), n1, z0.data(), significant(z0.data(), z0.size()));
  sub_from(z1.data(), n1, z2.data(), significant(z2.data(), z2.size()));
  n1 = significant(z1.data(), n1);
  add_into(r + m, na + nb - m, z1.data(), n1);
}

// r[0..na+nb) = a * b for any lengths; r must not alias a or b.
void multiply(Limb* r, const Limb* a, std::size_t na, const Limb* b, std::size_t nb) {
  if (na < nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  if (nb == 0) {
    std::fill(r, r + na, 0);
    return;
  }
  if (nb < kKaratsubaLimbs) {
    schoolbook(r, a, na, b, nb);
    return;
  }
  if (na < 2 * nb) {
    karatsuba(r, a, na, b, nb);
    return;
  }
  // Unbalanced: multiply b by nb-limb slices of a and accumulate.
  std::fill(r, r + na + nb, 0);
  LimbVector part(2 * nb);
  for (std::size_t i = 0; i < na; i += nb) {
    std::size_t n = std::min(nb, na - i);
    multiply(part.data(), a + i, n, b, nb);
    add_into(r + i, na + nb - i, part.data(), n + nb);
  }
}

} // namespace

LimbVector mul(Limbs a, Limbs b) {
  if (a.empty() || b.empty()) return {};
  LimbVector r(a.size() + b.size());
  multiply(r.data(), a.data(), a.size(), b.data(), b.size());
  r.trim();
  return r;
}

} // namespace py::num::detail
