// Unsigned arithmetic on magnitudes (little-endian limb arrays): the kernels BigInt is built on.
// Inputs given as spans are normalized (no most significant zero limb) unless said otherwise.
#pragma once

#include "python/numeric/detail/limb_vector.hpp"

#include <cstddef>
#include <span>
#include <utility>

namespace py::num::detail {

using Limbs = std::span<const Limb>;

// -1, 0 or 1 as a < b, a == b, a > b (both normalized).
int compare(Limbs a, Limbs b);

// r[0..n) = a[0..n) + b[0..n); returns the carry. r may alias a or b.
Limb add_n(Limb* r, const Limb* a, const Limb* b, std::size_t n);
// r[0..n) = a[0..n) - b[0..n); returns the borrow. r may alias a or b.
Limb sub_n(Limb* r, const Limb* a, const Limb* b, std::size_t n);
// r[0..n) += m * a[0..n); returns the carry limb.
Limb addmul_1(Limb* r, const Limb* a, std::size_t n, Limb m);
// r[0..n) -= m * a[0..n); returns the borrow limb.
Limb submul_1(Limb* r, const Limb* a, std::size_t n, Limb m);
// r[0..n) = a[0..n) << s for 0 < s < 32; returns the bits shifted out. r may equal a.
Limb shl_bits(Limb* r, const Limb* a, std::size_t n, unsigned s);
// r[0..n) = a[0..n) >> s for 0 < s < 32; returns the bits shifted out (in the high end).
Limb shr_bits(Limb* r, const Limb* a, std::size_t n, unsigned s);

// a + b.
LimbVector add(Limbs a, Limbs b);
// a - b; requires a >= b.
LimbVector sub(Limbs a, Limbs b);
// a = a * m + c in place, for one limb m and one limb c (the inner step of parsing digits).
void mul_add_1(LimbVector& a, Limb m, Limb c);
// Divides a in place by d (non-zero); returns the remainder. a is left normalized.
Limb divrem_1(LimbVector& a, Limb d);
// a << bits.
LimbVector shift_left(Limbs a, std::size_t bits);
// a >> bits (floor).
LimbVector shift_right(Limbs a, std::size_t bits);
// True when any of the low `bits` bits of a is set.
bool any_low_bits(Limbs a, std::size_t bits);
// Number of significant bits (0 for zero).
std::size_t bit_length(Limbs a);

// a * b: schoolbook below a threshold, Karatsuba above (see multiply.cpp).
LimbVector mul(Limbs a, Limbs b);
// (a / b, a % b) for b non-zero: Knuth's algorithm D (see divide.cpp).
std::pair<LimbVector, LimbVector> divmod(Limbs a, Limbs b);

} // namespace py::num::detail
