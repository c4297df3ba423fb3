// The integer functions of math (CPython 3.11's semantics and messages):
// arguments go through __index__, results are exact ints of any size.
#include "python/modules/math_integer.hpp"

#include <cmath>
#include <cstdint>
#include <numeric>

#include "python/numeric/bigint.hpp"
#include "python/objects/int.hpp"
#include "python/objects/num_error.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

using num::BigInt;

/// Largest value of a C long long, named in CPython's overflow messages.
constexpr const char* kLongLongMax = "9223372036854775807";

/// operator.index(v) as a BigInt; false with TypeError for non-integers.
bool index_big(VM& vm, Value v, BigInt* out) {
  if (v.is_small_int()) {
    *out = BigInt(v.as_small_int());
    return true;
  }
  Ref i = Ref::steal(index(vm, v));
  if (!i) return false;
  *out = int_to_bigint(*i);
  return true;
}

/// gcd of two ints, without allocating when both are small.
BigInt gcd2(const BigInt& a, const BigInt& b) {
  if (a.fits_int64() && b.fits_int64()) {
    int64_t x = a.to_int64(), y = b.to_int64();
    uint64_t ux = x < 0 ? 0 - uint64_t(x) : uint64_t(x);
    uint64_t uy = y < 0 ? 0 - uint64_t(y) : uint64_t(y);
    return BigInt::from_uint64(std::gcd(ux, uy));
  }
  return num::gcd(a, b);
}

/// lcm of two ints: |a // gcd(a, b) * b|, 0 when either is 0.
BigInt lcm2(const BigInt& a, const BigInt& b) {
  if (a.is_zero() || b.is_zero()) return BigInt();
  BigInt g = gcd2(a, b);
  return (num::divmod_trunc(a, g).quotient * b).abs();
}

/// gcd and lcm: fold the arguments, skipping the work once the result is
/// absorbing (1 for gcd, 0 for lcm) but still checking every argument.
Value fold(VM& vm, const char* name, BigInt (*op)(const BigInt&, const BigInt&), int64_t empty,
           int64_t absorbing, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size)
    return raise(vm, vm.exc.TypeError, cat(name, "() takes no keyword arguments"));
  if (nargs == 0) return Value::small_int(empty);
  BigInt result;
  if (!index_big(vm, args[0], &result)) return {};
  result = result.abs();
  for (size_t i = 1; i < nargs; ++i) {
    BigInt x;
    if (!index_big(vm, args[i], &x)) return {};
    if (result != BigInt(absorbing)) result = op(result, x);
  }
  return int_from_bigint(vm, std::move(result));
}

/// P(n, k) or C(n, k) when it fits in 64 bits (k small); false when it does not.
bool perm_comb_u64(const BigInt& n, uint64_t k, bool comb, uint64_t* out) {
  if (!n.fits_int64() || k > (comb ? 64 : 20)) return false;
  auto top = uint64_t(n.to_int64());
  unsigned __int128 r = 1;
  for (uint64_t i = 0; i < k; ++i) {
    // C(n, i+1) = C(n, i) * (n - i) / (i + 1) exactly; P just multiplies.
    r *= top - i;
    if (comb) r /= i + 1;
    if (r > UINT64_MAX) return false;
  }
  *out = uint64_t(r);
  return true;
}

/// P(n, k) or C(n, k) by splitting k in halves, as CPython's perm_comb:
/// P(n, k) = P(n, j) * P(n - j, k - j) and
/// C(n, k) = C(n, j) * C(n - j, k - j) // C(k, j), which keeps the products balanced.
BigInt perm_comb(const BigInt& n, uint64_t k, bool comb) {
  if (k == 0) return BigInt(1);
  if (k == 1) return n;
  uint64_t small;
  if (perm_comb_u64(n, k, comb, &small)) return BigInt::from_uint64(small);
  uint64_t j = k / 2;
  BigInt a = perm_comb(n, j, comb);
  a *= perm_comb(n - BigInt::from_uint64(j), k - j, comb);
  if (comb) a = num::divmod_trunc(a, perm_comb(BigInt::from_uint64(k), j, true)).quotient;
  return a;
}

/// Reads n and k for comb/perm: ints, both non-negative.
bool read_n_k(VM& vm, const Value* args, BigInt* n, BigInt* k) {
  if (!index_big(vm, args[0], n) || !index_big(vm, args[1], k)) return false;
  if (n->is_negative()) {
    raise(vm, vm.exc.ValueError, "n must be a non-negative integer");
    return false;
  }
  if (k->is_negative()) {
    raise(vm, vm.exc.ValueError, "k must be a non-negative integer");
    return false;
  }
  return true;
}

} // namespace

Value math_gcd(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return fold(vm, "math.gcd", gcd2, 0, 1, args, nargs, kw);
}

Value math_lcm(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return fold(vm, "math.lcm", lcm2, 1, 0, args, nargs, kw);
}

Value math_isqrt(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "math.isqrt", nargs, kw, 1, 1)) return {};
  BigInt n;
  if (!index_big(vm, args[0], &n)) return {};
  if (n.fits_int64() && n.to_int64() >= 0) {
    // Newton's correction of the float estimate, exact for all of int64.
    auto v = uint64_t(n.to_int64());
    auto r = uint64_t(std::sqrt(double(v)));
    while (r > 0 && r > v / r) --r;
    while ((r + 1) <= v / (r + 1)) ++r;
    return int_from_int64(vm, int64_t(r));
  }
  auto r = num::isqrt(n);
  if (!r) return raise_num_error(vm, r.error());
  return int_from_bigint(vm, std::move(r).value());
}

Value math_factorial(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "math.factorial", nargs, kw, 1, 1)) return {};
  BigInt n;
  if (!index_big(vm, args[0], &n)) return {};
  if (n.is_negative()) {
    return raise(vm, vm.exc.ValueError, "factorial() not defined for negative values");
  }
  if (!n.fits_int64()) {
    return raise(vm, vm.exc.OverflowError,
                 cat("factorial() argument should not exceed ", kLongLongMax));
  }
  // Beyond 2**32 the result would take more than 10**11 bits.
  if (n.to_int64() > int64_t(UINT32_MAX)) return raise_memory_error(vm);
  return int_from_bigint(vm, num::factorial(uint32_t(n.to_int64())));
}

Value math_perm(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!clinic_arity(vm, "math.perm", "perm", nargs, kw, 1, 2)) return {};
  if (nargs == 1 || args[1].is_none()) return math_factorial(vm, args, 1, nullptr);
  BigInt n, k;
  if (!read_n_k(vm, args, &n, &k)) return {};
  if (n < k) return Value::small_int(0);
  if (!k.fits_int64()) {
    return raise(vm, vm.exc.OverflowError, cat("k must not exceed ", kLongLongMax));
  }
  return int_from_bigint(vm, perm_comb(n, uint64_t(k.to_int64()), false));
}

Value math_comb(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!clinic_arity(vm, "math.comb", "comb", nargs, kw, 2, 2)) return {};
  BigInt n, k;
  if (!read_n_k(vm, args, &n, &k)) return {};
  BigInt rest = n - k;
  if (rest.is_negative()) return Value::small_int(0);
  if (rest < k) k = rest; // C(n, k) == C(n, n - k)
  if (!k.fits_int64()) {
    return raise(vm, vm.exc.OverflowError, cat("min(n - k, k) must not exceed ", kLongLongMax));
  }
  return int_from_bigint(vm, perm_comb(n, uint64_t(k.to_int64()), true));
}

Value math_prod(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("prod(iterable, /, *, start=1)");
  Value a[2];
  if (!sig.bind(vm, args, nargs, kw, a)) return {};
  Ref it = Ref::steal(get_iter(vm, a[0]));
  if (!it) return {};
  Ref result = Ref::borrow(a[1].is_null() ? Value::small_int(1) : a[1]);
  while (true) {
    Ref item = Ref::steal(iter_next(vm, *it));
    if (!item) break;
    // Products of small ints stay unboxed while they fit.
    int64_t p;
    Value r = *result, x = *item;
    if (r.is_small_int() && x.is_small_int() &&
        !__builtin_mul_overflow(r.as_small_int(), x.as_small_int(), &p) &&
        Value::fits_small_int(p)) {
      result = Ref::steal(Value::small_int(p));
      continue;
    }
    result = Ref::steal(binary_op(vm, *result, *item, BinaryOp::multiply));
    if (!result) return {};
  }
  if (error_pending(vm)) return {};
  return result.release();
}

} // namespace py
