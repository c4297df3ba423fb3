// Linear-time magnitude kernels: compare, add, subtract, shifts and one-limb operations.
#include "python/numeric/detail/magnitude.hpp"

#include <algorithm>
#include <bit>

namespace py::num::detail {

int compare(Limbs a, Limbs b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (std::size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

Limb add_n(Limb* r, const Limb* a, const Limb* b, std::size_t n) {
  Wide carry = 0;
  for (std::size_t i = 0; i < n; ++i) {
    carry += Wide{a[i]} + b[i];
    r[i] = static_cast<Limb>(carry);
    carry >>= kLimbBits;
  }
  return static_cast<Limb>(carry);
}

Limb sub_n(Limb* r, const Limb* a, const Limb* b, std::size_t n) {
  Limb borrow = 0;
  for (std::size_t i = 0; i < n; ++i) {
    Wide d = Wide{a[i]} - b[i] - borrow;
    r[i] = static_cast<Limb>(d);
    borrow = static_cast<Limb>(d >> 63);
  }
  return borrow;
}

Limb addmul_1(Limb* r, const Limb* a, std::size_t n, Limb m) {
  Wide carry = 0;
  for (std::size_t i = 0; i < n; ++i) {
    carry += Wide{a[i]} * m + r[i];
    r[i] = static_cast<Limb>(carry);
    carry >>= kLimbBits;
  }
  return static_cast<Limb>(carry);
}

Limb submul_1(Limb* r, const Limb* a, std::size_t n, Limb m) {
  Wide carry = 0;
  for (std::size_t i = 0; i < n; ++i) {
    Wide product = Wide{a[i]} * m + carry;
    Limb low = static_cast<Limb>(product);
    carry = (product >> kLimbBits) + (r[i] < low);
    r[i] -= low;
  }
  return static_cast<Limb>(carry);
}

Limb shl_bits(Limb* r, const Limb* a, std::size_t n, unsigned s) {
  Limb out = 0;
  for (std::size_t i = 0; i < n; ++i) {
    Limb limb = a[i];
    r[i] = (limb << s) | out;
    out = limb >> (kLimbBits - s);
  }
  return out;
}

Limb shr_bits(Limb* r, const Limb* a, std::size_t n, unsigned s) {
  Limb out = 0;
  for (std::size_t i = n; i-- > 0;) {
    Limb limb = a[i];
    r[i] = (limb >> s) | out;
    out = limb << (kLimbBits - s);
  }
  return out;
}

LimbVector add(Limbs a, Limbs b) {
  if (a.size() < b.size()) std::swap(a, b);
  LimbVector r(a.size() + 1);
  Limb carry = add_n(r.data(), a.data(), b.data(), b.size());
  for (std::size_t i = b.size(); i < a.size(); ++i) {
    Wide sum = Wide{a[i]} + carry;
    r[i] = static_cast<Limb>(sum);
    carry = static_cast<Limb>(sum >> kLimbBits);
  }
  r[a.size()] = carry;
  r.trim();
  return r;
}

LimbVector sub(Limbs a, Limbs b) {
  LimbVector r(a.size());
  Limb borrow = sub_n(r.data(), a.data(), b.data(), b.size());
  for (std::size_t i = b.size(); i < a.size(); ++i) {
    r[i] = a[i] - borrow;
    borrow = borrow && a[i] == 0;
  }
  r.trim();
  return r;
}

void mul_add_1(LimbVector& a, Limb m, Limb c) {
  Wide carry = c;
  for (std::size_t i = 0; i < a.size(); ++i) {
    carry += Wide{a[i]} * m;
    a[i] = static_cast<Limb>(carry);
    carry >>= kLimbBits;
  }
  if (carry) a.push_back(static_cast<Limb>(carry));
}

Limb divrem_1(LimbVector& a, Limb d) {
  Wide rem = 0;
  for (std::size_t i = a.size(); i-- > 0;) {
    Wide cur = (rem << kLimbBits) | a[i];
    a[i] = static_cast<Limb>(cur / d);
    rem = cur % d;
  }
  a.trim();
  return static_cast<Limb>(rem);
}

LimbVector shift_left(Limbs a, std::size_t bits) {
  if (a.empty()) return {};
  std::size_t limbs = bits / kLimbBits;
  unsigned s = bits % kLimbBits;
  LimbVector r(a.size() + limbs + 1);
  if (s) {
    r[a.size() + limbs] = shl_bits(r.data() + limbs, a.data(), a.size(), s);
  } else {
    std::copy(a.begin(), a.end(), r.data() + limbs);
  }
  r.trim();
  return r;
}

LimbVector shift_right(Limbs a, std::size_t bits) {
  std::size_t limbs = bits / kLimbBits;
  if (limbs >= a.size()) return {};
  unsigned s = bits % kLimbBits;
  LimbVector r(a.data() + limbs, a.size() - limbs);
  if (s) shr_bits(r.data(), r.data(), r.size(), s);
  r.trim();
  return r;
}

bool any_low_bits(Limbs a, std::size_t bits) {
  std::size_t limbs = std::min(bits / kLimbBits, a.size());
  for (std::size_t i = 0; i < limbs; ++i) {
    if (a[i]) return true;
  }
  unsigned s = bits % kLimbBits;
  return s && limbs < a.size() && (a[limbs] & ((Limb{1} << s) - 1));
}

std::size_t bit_length(Limbs a) {
  if (a.empty()) return 0;
  return (a.size() - 1) * kLimbBits + std::bit_width(a.back());
}

} // namespace py::num::detail
