// Correctly rounded pow by double-double arithmetic (Dekker/Knuth error-free transforms, no FMA
// needed): log by the atanh series, exp by Taylor series after reduction by ln 2 and 2**8.
#include "python/numeric/detail/exact_pow.hpp"

#include <array>
#include <cmath>
#include <limits>

namespace py::num::detail {
namespace {

// A double-double: the unevaluated sum hi + lo with |lo| <= ulp(hi) / 2.
struct DD {
  double hi, lo;
};

// a + b exactly as a double-double (Knuth's two-sum).
constexpr DD two_sum(double a, double b) {
  double s = a + b;
  double bb = s - a;
  return {s, (a - (s - bb)) + (b - bb)};
}

// Renormalizes hi + lo (requires |hi| >= |lo| or hi == 0).
constexpr DD quick_two_sum(double hi, double lo) {
  double s = hi + lo;
  return {s, lo - (s - hi)};
}

// Splits a into two halves of 26 bits (Veltkamp), for exact products without FMA.
constexpr void split(double a, double& hi, double& lo) {
  double t = 134217729.0 * a; // 2**27 + 1
  hi = t - (t - a);
  lo = a - hi;
}

// a * b exactly as a double-double (Dekker's two-product).
constexpr DD two_prod(double a, double b) {
  double p = a * b, ah, al, bh, bl;
  split(a, ah, al);
  split(b, bh, bl);
  return {p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
}

// a + b, about 106 bits.
constexpr DD add(DD a, DD b) {
  DD s = two_sum(a.hi, b.hi);
  DD t = two_sum(a.lo, b.lo);
  s = quick_two_sum(s.hi, s.lo + t.hi);
  return quick_two_sum(s.hi, s.lo + t.lo);
}

// a * b, about 106 bits.
constexpr DD mul(DD a, DD b) {
  DD p = two_prod(a.hi, b.hi);
  return quick_two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

// a * b for a double b.
constexpr DD mul(DD a, double b) {
  DD p = two_prod(a.hi, b);
  return quick_two_sum(p.hi, p.lo + a.lo * b);
}

// a / b by three rounds of long division.
constexpr DD div(DD a, DD b) {
  double q1 = a.hi / b.hi;
  DD r = add(a, mul(b, -q1));
  double q2 = r.hi / b.hi;
  r = add(r, mul(b, -q2));
  double q3 = r.hi / b.hi;
  return add(quick_two_sum(q1, q2), DD{q3, 0.0});
}

// 1/i as double-doubles for i = 1..45, computed at compile time (the series' coefficients).
constexpr std::array<DD, 46> kInverse = [] {
  std::array<DD, 46> t{};
  for (int i = 1; i < 46; ++i) t[i] = div(DD{1.0, 0.0}, DD{static_cast<double>(i), 0.0});
  return t;
}();

// ln 2 to about 160 bits, in three parts.
constexpr double kLn2[3] = {0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56, 0x1.7b57a079a1934p-111};

// n * ln 2 as a double-double for an integer |n| < 2**12.
DD n_ln2(double n) {
  DD p = two_prod(n, kLn2[0]);
  return add(p, add(two_prod(n, kLn2[1]), DD{n * kLn2[2], 0.0}));
}

// ln(x) for finite x > 0.
DD log_dd(double x) {
  int k;
  double m = std::frexp(x, &k); // x = m * 2**k, m in [0.5, 1)
  if (m < 0.70710678118654752) {
    m *= 2;
    --k;
  }
  // ln(m) = 2 atanh(s) = 2 (s + s**3/3 + s**5/5 + ...), s = (m - 1) / (m + 1), |s| < 0.172.
  DD s = div(DD{m - 1.0, 0.0}, two_sum(m, 1.0));
  DD s2 = mul(s, s);
  DD sum{0.0, 0.0};
  for (int i = 45; i >= 1; i -= 2) sum = add(mul(sum, s2), kInverse[i]);
  DD series = mul(sum, s);
  return add(n_ln2(k), mul(series, 2.0));
}

} // namespace

double exact_pow(double x, double y) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  // Cases IEEE arithmetic already rounds correctly.
  if (y == 1.0) return x;
  if (y == -1.0) return 1.0 / x;
  if (y == 2.0) return x * x;
  if (y == 0.5) return std::sqrt(x);
  DD l = log_dd(x);
  if (std::fabs(y) >= 0x1p64) return (y > 0) == (l.hi > 0) ? kInf : 0.0; // |y ln x| > 1000
  DD t = add(two_prod(y, l.hi), DD{y * l.lo, 0.0});
  if (t.hi > 710.0) return kInf;
  if (t.hi < -746.0) return 0.0;
  // exp(t) = 2**n * exp(r), |r| <= ln2 / 2; exp(r) = exp(r / 256)**256.
  double n = std::nearbyint(t.hi / kLn2[0]);
  DD r = add(t, mul(n_ln2(n), -1.0));
  r = DD{std::ldexp(r.hi, -8), std::ldexp(r.lo, -8)};
  DD term{1.0, 0.0}, e{1.0, 0.0};
  for (int i = 1; i <= 12; ++i) {
    term = mul(mul(term, r), kInverse[i]);
    e = add(e, term);
  }
  for (int i = 0; i < 8; ++i) e = mul(e, e);
  int exponent = static_cast<int>(n);
  int e_top;
  std::frexp(e.hi, &e_top);
  if (exponent + e_top - 1 >= -1022) {
    // Normal: round hi + lo to a double, then scale exactly.
    double rounded = e.hi + e.lo;
    return std::ldexp(rounded, exponent);
  }
  // Subnormal: round in units of the smallest subnormal, halves to even.
  int shift = exponent + 1074;
  if (shift < -60) return 0.0;
  DD v{std::ldexp(e.hi, shift), std::ldexp(e.lo, shift)};
  double q = std::nearbyint(v.hi);
  double diff = (v.hi - q) + v.lo; // exact enough: v.hi - q is exact
  if (diff > 0.5 || (diff == 0.5 && std::fmod(q, 2.0) != 0))
    q += 1;
  else if (diff < -0.5 || (diff == -0.5 && std::fmod(q, 2.0) != 0))
    q -= 1;
  return std::ldexp(q, -1074);
}

} // namespace py::num::detail
