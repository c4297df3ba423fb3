// math: CPython 3.11's math module. Transcendental functions come from the C
// library, wrapped with CPython's error rules (a NaN from a non-NaN argument
// is "math domain error", an infinity from finite arguments "math range
// error" or a domain error at a singularity); the functions CPython writes
// itself (atan2, remainder, log and friends on special values, pow on special
// values, hypot/dist's vector_norm, gamma/lgamma's Lanczos approximation)
// follow Modules/mathmodule.c step by step, so results match bit for bit.
// The integer functions (gcd, factorial, comb…) live in math_integer.cpp.
#include <cerrno>
#include <cmath>
#include <string_view>
#include <vector>

#include "python/modules/math_integer.hpp"
#include "python/modules/module_list.hpp"
#include "python/modules/real_arg.hpp"
#include "python/numeric/float_ops.hpp"
#include "python/numeric/fsum.hpp"
#include "python/numeric/int_float.hpp"
#include "python/numeric/libm.hpp"
#include "python/objects/float.hpp"
#include "python/objects/int.hpp"
#include "python/objects/module.hpp"
#include "python/objects/num_error.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

/// What a libm-style computation reports besides its value (CPython reads errno).
enum class MathErr { none, domain, range };

/// A value with the errno CPython's helpers would have set.
struct Checked {
  double value;
  MathErr err = MathErr::none;
};

Value domain_error(VM& vm) { return raise(vm, vm.exc.ValueError, "math domain error"); }
Value range_error(VM& vm) { return raise(vm, vm.exc.OverflowError, "math range error"); }

/// CPython's is_error(): EDOM is a ValueError; ERANGE an OverflowError unless
/// the result is small (an underflow, which is not an error).
Value finish(VM& vm, Checked r) {
  if (r.err == MathErr::domain) return domain_error(vm);
  if (r.err == MathErr::range && std::fabs(r.value) >= 1.5) return range_error(vm);
  return float_new(vm, r.value);
}

/// Reads a real argument: exact floats without a call (the common case).
inline bool real(VM& vm, Value v, double* out) {
  if (v.is_object() && v.as_object()->type == vm.types.float_) {
    *out = float_value(v);
    return true;
  }
  return real_arg(vm, v, out);
}

// ----- one-argument libm functions (math_1) ----------------------------------

/// A C library function of one double, as mathmodule.c's FUNC1 wraps it.
struct Libm1 {
  /// The qualified name for arity errors ("math.sqrt").
  std::string_view name;
  double (*fn)(double);
  /// An infinite result from a finite argument is an overflow (else a singularity).
  bool can_overflow;
};

/// math_1: applies F with CPython's NaN/infinity rules.
template <const Libm1& F>
Value math_1(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, F.name, nargs, kw, 1, 1)) return {};
  double x;
  if (!real(vm, args[0], &x)) return {};
  double r = F.fn(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x)) return F.can_overflow ? range_error(vm) : domain_error(vm);
  return float_new(vm, r);
}

constexpr Libm1 kAcos{"math.acos", [](double x) { return num::libm_acos(x); }, false};
constexpr Libm1 kAcosh{"math.acosh", [](double x) { return std::acosh(x); }, false};
constexpr Libm1 kAsin{"math.asin", [](double x) { return num::libm_asin(x); }, false};
constexpr Libm1 kAsinh{"math.asinh", [](double x) { return std::asinh(x); }, false};
constexpr Libm1 kAtan{"math.atan", [](double x) { return num::libm_atan(x); }, false};
constexpr Libm1 kAtanh{"math.atanh", [](double x) { return std::atanh(x); }, false};
constexpr Libm1 kCbrt{"math.cbrt", [](double x) { return num::libm_cbrt(x); }, false};
constexpr Libm1 kCos{"math.cos", [](double x) { return num::libm_cos(x); }, false};
constexpr Libm1 kCosh{"math.cosh", [](double x) { return std::cosh(x); }, true};
constexpr Libm1 kExp{"math.exp", [](double x) { return std::exp(x); }, true};
constexpr Libm1 kExp2{"math.exp2", [](double x) { return std::exp2(x); }, true};
constexpr Libm1 kExpm1{"math.expm1", [](double x) { return std::expm1(x); }, true};
constexpr Libm1 kFabs{"math.fabs", [](double x) { return std::fabs(x); }, false};
// log1p(-0.0) keeps the sign of zero on every platform (CPython's _Py_log1p).
constexpr Libm1 kLog1p{"math.log1p", [](double x) { return x == 0.0 ? x : std::log1p(x); }, false};
constexpr Libm1 kSin{"math.sin", [](double x) { return num::libm_sin(x); }, false};
constexpr Libm1 kSinh{"math.sinh", [](double x) { return std::sinh(x); }, true};
constexpr Libm1 kSqrt{"math.sqrt", [](double x) { return std::sqrt(x); }, false};
constexpr Libm1 kTan{"math.tan", [](double x) { return num::libm_tan(x); }, false};
constexpr Libm1 kTanh{"math.tanh", [](double x) { return std::tanh(x); }, false};

// ----- gamma, lgamma, erf, erfc (math_1a: errno decides) ---------------------

/// sin(pi * x), accurate for x near integers (the reflection formula needs it).
double m_sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = int(std::round(2.0 * y));
  double r = 0.0;
  switch (n) {
  case 0: r = num::libm_sin(kPi * y); break;
  case 1: r = num::libm_cos(kPi * (y - 0.5)); break;
  case 2: r = num::libm_sin(kPi * (1.0 - y)); break;
  case 3: r = -num::libm_cos(kPi * (y - 1.5)); break;
  case 4: r = num::libm_sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

// Lanczos approximation with N=13 and g=6.024680040776729583740234375, the
// parameters and rational-function coefficients of CPython's mathmodule.c
// (after Boost), so that gamma() and lgamma() give CPython's exact results.
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {23531376880.410759688572007674451636754734846804940,
                                           42919803642.649098768957899047001988850926355848959,
                                           35711959237.355668049440185451547166705960488635843,
                                           17921034426.037209699919755754458931112671403265390,
                                           6039542586.3520280050642916443072979210699388420708,
                                           1439720407.3117216736632230727949123939715485786772,
                                           248874557.86205415651146038641322942321632125127801,
                                           31426415.585400194380614231628318205362874684987640,
                                           2876370.6289353724412254090516208496135991145378768,
                                           186056.26539522349504029498971604569928220784236328,
                                           8071.6720023658162106380029022722506138218516325024,
                                           210.82427775157934587250973392071336271166969580291,
                                           2.5066282746310002701649081771338373386264310793408};
// The denominator is x*(x+1)*...*(x+kLanczosN-2).
constexpr double kLanczosDen[kLanczosN] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0};
// gamma(n) for n in 1..23, exactly.
constexpr int kGammaIntegral = 23;
constexpr double kGammaIntegralValues[kGammaIntegral] = {
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
};

/// Lanczos' sum L_g(x) for positive x, as a rational function (in 1/x for large x).
double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

/// CPython's m_tgamma: the real gamma function, Lanczos for x > 0 and the
/// reflection formula below, with a correction for the rounding of x+g-0.5.
Checked m_tgamma(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return {x};
    return {NAN, MathErr::domain};
  }
  if (x == 0.0) return {std::copysign(HUGE_VAL, x), MathErr::domain};
  if (x == std::floor(x)) {
    if (x < 0.0) return {NAN, MathErr::domain};
    if (x <= kGammaIntegral) return {kGammaIntegralValues[int(x) - 1]};
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    return {r, std::isinf(r) ? MathErr::range : MathErr::none};
  }
  if (absx > 200.0) {
    if (x < 0.0) return {0.0 / m_sinpi(x)};
    return {HUGE_VAL, MathErr::range};
  }
  double y = absx + kLanczosGMinusHalf;
  double z;
  if (absx > kLanczosGMinusHalf) {
    double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / m_sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return {r, std::isinf(r) ? MathErr::range : MathErr::none};
}

/// CPython's m_lgamma: log|gamma(x)| by the same Lanczos sum.
Checked m_lgamma(double x) {
  if (!std::isfinite(x)) return {std::isnan(x) ? x : HUGE_VAL};
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) return {HUGE_VAL, MathErr::domain};
    return {0.0};
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return {-std::log(absx)};
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(m_sinpi(absx))) - std::log(absx) - r;
  return {r, std::isinf(r) ? MathErr::range : MathErr::none};
}

/// erf/erfc from the C library, reading errno as math_1a does.
template <double (*F)(double)>
Checked with_errno(double x) {
  errno = 0;
  double r = F(x);
  int e = errno;
  return {r, e == EDOM ? MathErr::domain : e == ERANGE ? MathErr::range : MathErr::none};
}

double c_erf(double x) { return std::erf(x); }
double c_erfc(double x) { return std::erfc(x); }

/// A function of one double reporting its own errors (FUNC1A).
struct Libm1a {
  std::string_view name;
  Checked (*fn)(double);
};

template <const Libm1a& F>
Value math_1a(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, F.name, nargs, kw, 1, 1)) return {};
  double x;
  if (!real(vm, args[0], &x)) return {};
  return finish(vm, F.fn(x));
}

constexpr Libm1a kGamma{"math.gamma", m_tgamma};
constexpr Libm1a kLgamma{"math.lgamma", m_lgamma};
constexpr Libm1a kErf{"math.erf", with_errno<c_erf>};
constexpr Libm1a kErfc{"math.erfc", with_errno<c_erfc>};

// ----- two-argument functions (math_2) ------------------------------------------

/// atan2 with the special values decided here, not by the platform.
double m_atan2(double y, double x) {
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (std::isinf(y)) {
    if (std::isinf(x)) {
      // atan2(+-inf, +inf) == +-pi/4, atan2(+-inf, -inf) == +-pi*3/4.
      return std::copysign((std::copysign(1., x) == 1. ? 0.25 : 0.75) * kPi, y);
    }
    return std::copysign(0.5 * kPi, y);
  }
  if (std::isinf(x) || y == 0.) {
    // atan2(+-y, +inf) = atan2(+-0, +x) = +-0; with a negative x, +-pi.
    return std::copysign(std::copysign(1., x) == 1. ? 0. : kPi, y);
  }
  return num::libm_atan2(y, x);
}

/// IEEE 754 remainder: x - n*y for the nearest integer n (ties to even); exact.
double m_remainder(double x, double y) {
  if (std::isfinite(x) && std::isfinite(y)) {
    if (y == 0.0) return NAN;
    double absx = std::fabs(x);
    double absy = std::fabs(y);
    double m = std::fmod(absx, absy);
    // Compare m with absy - m rather than with 0.5 * absy, which may round.
    double c = absy - m;
    double r;
    if (m < c) {
      r = m;
    } else if (m > c) {
      r = -c;
    } else {
      // Halfway: choose the even multiple (all these steps are exact).
      r = m - 2.0 * std::fmod(0.5 * (absx - m), absy);
    }
    return std::copysign(1.0, x) * r;
  }
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  if (std::isinf(x)) return NAN;
  return x;
}

double c_copysign(double x, double y) { return std::copysign(x, y); }

/// A function of two doubles with math_2's error rules.
struct Libm2 {
  /// The qualified name ("math.atan2") and the bare one for count errors.
  const char* name;
  const char* bare;
  double (*fn)(double, double);
};

/// Reads two real positional arguments (clinic-style arity errors).
bool two_reals(VM& vm, const char* name, const char* bare, const Value* args, size_t nargs,
               Tuple* kw, double* x, double* y) {
  return clinic_arity(vm, name, bare, nargs, kw, 2, 2) && real(vm, args[0], x) &&
         real(vm, args[1], y);
}

template <const Libm2& F>
Value math_2(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_reals(vm, F.name, F.bare, args, nargs, kw, &x, &y)) return {};
  double r = F.fn(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return range_error(vm);
  return float_new(vm, r);
}

constexpr Libm2 kAtan2{"math.atan2", "atan2", m_atan2};
constexpr Libm2 kCopysign{"math.copysign", "copysign", c_copysign};
constexpr Libm2 kRemainder{"math.remainder", "remainder", m_remainder};

Value math_fmod(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_reals(vm, "math.fmod", "fmod", args, nargs, kw, &x, &y)) return {};
  // fmod(x, +/-inf) returns x for finite x.
  if (std::isinf(y) && std::isfinite(x)) return float_new(vm, x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(vm);
  return float_new(vm, r);
}

/// pow with the IEEE special values decided here (as mathmodule.c does).
Value math_pow(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_reals(vm, "math.pow", "pow", args, nargs, kw, &x, &y)) return {};
  double r;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0. ? 1. : x; // NaN**0 = 1
    } else if (std::isnan(y)) {
      r = x == 1. ? 1. : y; // 1**NaN = 1
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.) {
        r = odd_y ? x : std::fabs(x);
      } else if (y == 0.) {
        r = 1.;
      } else {
        r = odd_y ? std::copysign(0., x) : 0.;
      }
    } else if (std::fabs(x) == 1.0) {
      r = 1.;
    } else if (y > 0. && std::fabs(x) > 1.0) {
      r = y;
    } else if (y < 0. && std::fabs(x) < 1.0) {
      r = -y; // +inf
    } else {
      r = 0.;
    }
    return float_new(vm, r);
  }
  r = std::pow(x, y);
  if (std::isnan(r)) return domain_error(vm); // a negative base with a non-integer exponent
  // (+/-0.)**negative is a singularity; anything else infinite is an overflow.
  if (std::isinf(r)) return x == 0. ? domain_error(vm) : range_error(vm);
  return float_new(vm, r);
}

Value math_nextafter(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_reals(vm, "math.nextafter", "nextafter", args, nargs, kw, &x, &y)) return {};
  return float_new(vm, std::nextafter(x, y));
}

/// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): Boost's "weak" test.
Value math_isclose(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("isclose(a, b, /, *, rel_tol=1e-09, abs_tol=0.0)");
  Value a[4];
  if (!sig.bind(vm, args, nargs, kw, a)) return {};
  double x, y, rel_tol = 1e-09, abs_tol = 0.0;
  if (!real(vm, a[0], &x) || !real(vm, a[1], &y)) return {};
  if (!a[2].is_null() && !real(vm, a[2], &rel_tol)) return {};
  if (!a[3].is_null() && !real(vm, a[3], &abs_tol)) return {};
  if (rel_tol < 0.0 || abs_tol < 0.0) {
    return raise(vm, vm.exc.ValueError, "tolerances must be non-negative");
  }
  if (x == y) return Value::true_(); // also two infinities of the same sign
  if (std::isinf(x) || std::isinf(y)) return Value::false_();
  double diff = std::fabs(y - x);
  return Value::boolean(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) ||
                        diff <= abs_tol);
}

// ----- functions of one float returning other things ----------------------------

/// Reads the single real argument of a METH_O function.
bool one_real(VM& vm, std::string_view name, const Value* args, size_t nargs, Tuple* kw,
              double* x) {
  return check_arity(vm, name, nargs, kw, 1, 1) && real(vm, args[0], x);
}

Value math_degrees(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_real(vm, "math.degrees", args, nargs, kw, &x)) return {};
  return float_new(vm, x * (180.0 / kPi));
}

Value math_radians(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_real(vm, "math.radians", args, nargs, kw, &x)) return {};
  return float_new(vm, x * (kPi / 180.0));
}

Value math_isfinite(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_real(vm, "math.isfinite", args, nargs, kw, &x)) return {};
  return Value::boolean(std::isfinite(x));
}

Value math_isinf(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_real(vm, "math.isinf", args, nargs, kw, &x)) return {};
  return Value::boolean(std::isinf(x));
}

Value math_isnan(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_real(vm, "math.isnan", args, nargs, kw, &x)) return {};
  return Value::boolean(std::isnan(x));
}

/// A pair of floats (modf) or a float and an int (frexp).
Value float_pair(VM& vm, double a, Value b) {
  Ref first = Ref::steal(float_new(vm, a));
  Ref second = Ref::steal(b);
  if (!first || !second) return {};
  return tuple_of(vm, {*first, *second});
}

Value math_frexp(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_real(vm, "math.frexp", args, nargs, kw, &x)) return {};
  int e = 0;
  // NaNs, infinities and zeros are returned unchanged with exponent 0.
  if (std::isfinite(x) && x != 0.0) x = std::frexp(x, &e);
  return float_pair(vm, x, Value::small_int(e));
}

Value math_modf(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_real(vm, "math.modf", args, nargs, kw, &x)) return {};
  if (std::isinf(x)) return float_pair(vm, std::copysign(0., x), float_new(vm, x));
  if (std::isnan(x)) return float_pair(vm, x, float_new(vm, x));
  double integral;
  double frac = std::modf(x, &integral);
  return float_pair(vm, frac, float_new(vm, integral));
}

Value math_ulp(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_real(vm, "math.ulp", args, nargs, kw, &x)) return {};
  if (std::isnan(x)) return float_new(vm, x);
  x = std::fabs(x);
  if (std::isinf(x)) return float_new(vm, x);
  double x2 = std::nextafter(x, HUGE_VAL);
  // The largest finite float has no successor: use the gap below it.
  if (std::isinf(x2)) return float_new(vm, x - std::nextafter(x, -HUGE_VAL));
  return float_new(vm, x2 - x);
}

/// ldexp(x, i): x * 2**i, with an int exponent that may be huge.
Value math_ldexp(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!clinic_arity(vm, "math.ldexp", "ldexp", nargs, kw, 2, 2)) return {};
  double x;
  if (!real(vm, args[0], &x)) return {};
  if (!is_int(vm, args[1])) {
    return raise(vm, vm.exc.TypeError, "Expected an int as second argument to ldexp.");
  }
  int64_t exp;
  if (!int_to_int64(args[1], &exp))
    exp = int_to_bigint(args[1]).is_negative() ? INT64_MIN : INT64_MAX;
  double r;
  if (x == 0. || !std::isfinite(x)) {
    r = x; // NaNs, zeros and infinities are returned unchanged
  } else if (exp > INT32_MAX) {
    return range_error(vm);
  } else if (exp < INT32_MIN) {
    r = std::copysign(0., x);
  } else {
    r = std::ldexp(x, int(exp));
    if (std::isinf(r)) return range_error(vm);
  }
  return float_new(vm, r);
}

// ----- floor, ceil, trunc ------------------------------------------------------

/// int(f) for an integral double (OverflowError/ValueError for inf/nan).
Value int_from_integral(VM& vm, double f) {
  if (std::fabs(f) < 9.0e18) return int_from_int64(vm, int64_t(f));
  auto r = num::from_double(f);
  if (!r) return raise_num_error(vm, r.error());
  return int_from_bigint(vm, std::move(r).value());
}

/// floor and ceil: exact floats directly, else the type's __floor__/__ceil__,
/// else the value as a float.
template <double (*Round)(double)>
Value rounding(VM& vm, std::string_view name, Str* dunder, const Value* args, size_t nargs,
               Tuple* kw) {
  if (!check_arity(vm, name, nargs, kw, 1, 1)) return {};
  Value v = args[0];
  if (v.is_small_int()) return v;
  Type* t = vm.type_of(v);
  if (t == vm.types.int_) return newref(v);
  if (t != vm.types.float_ && !lookup_type(vm, t, dunder).is_null()) {
    return call_special(vm, v, dunder, nullptr, 0);
  }
  double x;
  if (!real(vm, v, &x)) return {};
  return int_from_integral(vm, Round(x));
}

double c_floor(double x) { return std::floor(x); }
double c_ceil(double x) { return std::ceil(x); }

Value math_floor(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return rounding<c_floor>(vm, "math.floor", vm.names.floor, args, nargs, kw);
}

Value math_ceil(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return rounding<c_ceil>(vm, "math.ceil", vm.names.ceil, args, nargs, kw);
}

Value math_trunc(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "math.trunc", nargs, kw, 1, 1)) return {};
  Value v = args[0];
  if (v.is_small_int()) return v;
  Type* t = vm.type_of(v);
  if (t == vm.types.int_) return newref(v);
  if (t == vm.types.float_) return int_from_integral(vm, std::trunc(float_value(v)));
  if (lookup_type(vm, t, vm.names.trunc).is_null()) {
    return raise(vm, vm.exc.TypeError,
                 cat("type ", t->name->view(), " doesn't define __trunc__ method"));
  }
  return call_special(vm, v, vm.names.trunc, nullptr, 0);
}

// ----- logarithms --------------------------------------------------------------

/// log of a positive finite or special float with CPython's wrappers' rules
/// (m_log, m_log2, m_log10): 0 gives -inf (a singularity), negatives NaN.
template <double (*F)(double)>
double special_log(double x) {
  if (std::isfinite(x)) return x > 0.0 ? F(x) : x == 0.0 ? -HUGE_VAL : NAN;
  if (std::isnan(x) || x > 0.0) return x;
  return NAN; // log(-inf)
}

double c_log(double x) { return std::log(x); }
double c_log2(double x) { return std::log2(x); }
double c_log10(double x) { return std::log10(x); }

/// frexp of a positive int too large for a double: x in [0.5, 1) correctly
/// rounded, with n == x * 2**e (CPython's _PyLong_Frexp).
double big_frexp(const num::BigInt& n, int64_t* e) {
  uint64_t bits = n.bit_length();
  uint64_t shift = bits - 63;
  num::BigInt top = num::shr(n, shift);
  // A sticky low bit keeps the rounding of the 63 kept bits to 53 correct.
  bool sticky = num::shl(top, shift) != n;
  double d = double(top.low_bits64() | uint64_t(sticky));
  int e2;
  double x = std::frexp(d, &e2);
  *e = int64_t(shift) + e2;
  return x;
}

/// loghelper: log, log2 or log10 of any real, including ints beyond the float range.
template <double (*F)(double)>
bool log_of(VM& vm, Value v, double* out) {
  if (is_int(vm, v)) {
    int64_t small;
    if (int_to_int64(v, &small)) {
      if (small <= 0) {
        domain_error(vm);
        return false;
      }
      *out = F(double(small));
      return true;
    }
    num::BigInt n = int_to_bigint(v);
    if (n.is_negative()) {
      domain_error(vm);
      return false;
    }
    auto d = num::to_double(n);
    if (d) {
      *out = F(d.value());
    } else {
      int64_t e;
      double x = big_frexp(n, &e);
      *out = F(x) + F(2.0) * double(e);
    }
    return true;
  }
  double x;
  if (!real(vm, v, &x)) return false;
  double r = special_log<F>(x);
  if ((std::isnan(r) && !std::isnan(x)) || (std::isinf(r) && std::isfinite(x))) {
    domain_error(vm);
    return false;
  }
  *out = r;
  return true;
}

/// log(x[, base]).
Value math_log(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size) return raise(vm, vm.exc.TypeError, "log() takes no keyword arguments");
  if (nargs < 1 || nargs > 2) {
    return raise(vm, vm.exc.TypeError, "math.log requires 1 to 2 arguments");
  }
  double num, den;
  if (!log_of<c_log>(vm, args[0], &num)) return {};
  if (nargs == 1) return float_new(vm, num);
  if (!log_of<c_log>(vm, args[1], &den)) return {};
  auto r = num::float_truediv(num, den);
  if (!r) return raise_num_error(vm, r.error());
  return float_new(vm, r.value());
}

template <double (*F)(double)>
Value log_function(VM& vm, std::string_view name, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, name, nargs, kw, 1, 1)) return {};
  double r;
  if (!log_of<F>(vm, args[0], &r)) return {};
  return float_new(vm, r);
}

Value math_log2(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return log_function<c_log2>(vm, "math.log2", args, nargs, kw);
}

Value math_log10(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return log_function<c_log10>(vm, "math.log10", args, nargs, kw);
}

// ----- sums and norms ----------------------------------------------------------

/// fsum(iterable): the correctly rounded sum.
Value math_fsum(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "math.fsum", nargs, kw, 1, 1)) return {};
  Ref it = Ref::steal(get_iter(vm, args[0]));
  if (!it) return {};
  num::FsumAccumulator acc;
  while (true) {
    Ref item = Ref::steal(iter_next(vm, *it));
    if (!item) break;
    double x;
    if (!real(vm, *item, &x)) return {};
    if (!acc.add(x)) break; // intermediate overflow: result() reports it
  }
  if (error_pending(vm)) return {};
  auto r = acc.result();
  if (!r) return raise_num_error(vm, r.error());
  return float_new(vm, r.value());
}

/// sqrt(sum(x**2 for x in vec)) without overflow or underflow and almost
/// always correctly rounded: CPython's vector_norm (power-of-two scaling,
/// Veltkamp-Dekker squaring, compensated summation, a corrected square root).
double vector_norm(const std::vector<double>& vec, double max, bool found_nan) {
  const double T27 = 134217729.0; // ldexp(1.0, 27) + 1.0
  size_t n = vec.size();
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e >= -1023) {
    double scale = std::ldexp(1.0, -max_e);
    for (double x : vec) {
      x *= scale;
      double t = x * T27;
      double hi = t - (t - x);
      double lo = x - hi;
      x = hi * hi;
      double oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += (oldcsum - csum) + x;
      frac3 += lo * lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    double x = h;
    double t = x * T27;
    double hi = t - (t - x);
    double lo = x - hi;
    x = -hi * hi;
    double oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  // Subnormal max: ldexp(1.0, -max_e) would overflow, so divide by max instead.
  for (double x : vec) {
    x /= max;
    x = x * x;
    double oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
  }
  return max * std::sqrt(csum - 1.0 + frac1);
}

/// The absolute values of some coordinates, their maximum and whether one is a NaN.
struct Coordinates {
  std::vector<double> values;
  double max = 0.0;
  bool found_nan = false;

  void add(double x) {
    x = std::fabs(x);
    values.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  double norm() const { return vector_norm(values, max, found_nan); }
};

Value math_hypot(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size) {
    return raise(vm, vm.exc.TypeError, "math.hypot() takes no keyword arguments");
  }
  Coordinates c;
  c.values.reserve(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    double x;
    if (!real(vm, args[i], &x)) return {};
    c.add(x);
  }
  return float_new(vm, c.norm());
}

Value math_dist(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!clinic_arity(vm, "math.dist", "dist", nargs, kw, 2, 2)) return {};
  Ref p = Ref::steal(tuple_from_iterable(vm, args[0]));
  if (!p) return {};
  Ref q = Ref::steal(tuple_from_iterable(vm, args[1]));
  if (!q) return {};
  Tuple* pt = p.as<Tuple>();
  Tuple* qt = q.as<Tuple>();
  if (pt->size != qt->size) {
    return raise(vm, vm.exc.ValueError, "both points must have the same number of dimensions");
  }
  Coordinates c;
  c.values.reserve(pt->size);
  for (size_t i = 0; i < pt->size; ++i) {
    double px, qx;
    if (!real(vm, pt->item(i), &px) || !real(vm, qt->item(i), &qx)) return {};
    c.add(px - qx);
  }
  return float_new(vm, c.norm());
}

} // namespace

Value init_module_math(VM& vm) {
  Value m = module_new(vm, "math");
  if (m.is_null()) return {};
  auto* module = static_cast<Module*>(m.as_object());
  add_functions(vm, module,
                {{"acos", math_1<kAcos>},
                 {"acosh", math_1<kAcosh>},
                 {"asin", math_1<kAsin>},
                 {"asinh", math_1<kAsinh>},
                 {"atan", math_1<kAtan>},
                 {"atan2", math_2<kAtan2>},
                 {"atanh", math_1<kAtanh>},
                 {"cbrt", math_1<kCbrt>},
                 {"ceil", math_ceil},
                 {"comb", math_comb},
                 {"copysign", math_2<kCopysign>},
                 {"cos", math_1<kCos>},
                 {"cosh", math_1<kCosh>},
                 {"degrees", math_degrees},
                 {"dist", math_dist},
                 {"erf", math_1a<kErf>},
                 {"erfc", math_1a<kErfc>},
                 {"exp", math_1<kExp>},
                 {"exp2", math_1<kExp2>},
                 {"expm1", math_1<kExpm1>},
                 {"fabs", math_1<kFabs>},
                 {"factorial", math_factorial},
                 {"floor", math_floor},
                 {"fmod", math_fmod},
                 {"frexp", math_frexp},
                 {"fsum", math_fsum},
                 {"gamma", math_1a<kGamma>},
                 {"gcd", math_gcd},
                 {"hypot", math_hypot},
                 {"isclose", math_isclose},
                 {"isfinite", math_isfinite},
                 {"isinf", math_isinf},
                 {"isnan", math_isnan},
                 {"isqrt", math_isqrt},
                 {"lcm", math_lcm},
                 {"ldexp", math_ldexp},
                 {"lgamma", math_1a<kLgamma>},
                 {"log", math_log},
                 {"log1p", math_1<kLog1p>},
                 {"log10", math_log10},
                 {"log2", math_log2},
                 {"modf", math_modf},
                 {"pow", math_pow},
                 {"radians", math_radians},
                 {"remainder", math_2<kRemainder>},
                 {"sin", math_1<kSin>},
                 {"sinh", math_1<kSinh>},
                 {"sqrt", math_1<kSqrt>},
                 {"tan", math_1<kTan>},
                 {"tanh", math_1<kTanh>},
                 {"trunc", math_trunc},
                 {"prod", math_prod},
                 {"perm", math_perm},
                 {"nextafter", math_nextafter},
                 {"ulp", math_ulp}});
  module_add(vm, module, "pi", float_new(vm, kPi));
  module_add(vm, module, "e", float_new(vm, 2.718281828459045235360287471352662498));
  module_add(vm, module, "tau", float_new(vm, 6.283185307179586476925286766559005768));
  module_add(vm, module, "inf", float_new(vm, HUGE_VAL));
  module_add(vm, module, "nan", float_new(vm, NAN));
  return m;
}

} // namespace py
