// The integer functions of the math module (gcd, lcm, isqrt, factorial,
// comb, perm) and prod; math.cpp registers them with the other functions.
#pragma once

#include <cstddef>

#include "python/vm/object.hpp"

namespace py {

struct Tuple;

/// math.gcd(*integers) and math.lcm(*integers).
Value math_gcd(VM& vm, const Value* args, size_t nargs, Tuple* kw);
Value math_lcm(VM& vm, const Value* args, size_t nargs, Tuple* kw);
/// math.isqrt(n): the floor of the exact square root.
Value math_isqrt(VM& vm, const Value* args, size_t nargs, Tuple* kw);
/// math.factorial(n).
Value math_factorial(VM& vm, const Value* args, size_t nargs, Tuple* kw);
/// math.comb(n, k) and math.perm(n, k=None).
Value math_comb(VM& vm, const Value* args, size_t nargs, Tuple* kw);
Value math_perm(VM& vm, const Value* args, size_t nargs, Tuple* kw);
/// math.prod(iterable, /, *, start=1).
Value math_prod(VM& vm, const Value* args, size_t nargs, Tuple* kw);

} // namespace py
