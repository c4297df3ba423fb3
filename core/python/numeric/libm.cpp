#include "python/numeric/libm.hpp"

#include <cfloat>
#include <cmath>

namespace py::num {

double libm_cbrt(double x) {
  if (x == 0.0 || !std::isfinite(x)) return x + x;
  // glibc's s_cbrt.c (Alboth and Drepper, 1997): a degree-6 polynomial guess
  // for the root of the mantissa in [0.5, 1), one Halley step, then the
  // exponent's remainder modulo 3 as a power of 2^(1/3). Replaying the same
  // operations in the same order gives glibc's bits on any IEEE machine.
  static constexpr double kCbrt2 = 1.2599210498948731648;    // 2^(1/3)
  static constexpr double kSqrCbrt2 = 1.5874010519681994748; // 2^(2/3)
  static constexpr double kFactor[5] = {1.0 / kSqrCbrt2, 1.0 / kCbrt2, 1.0, kCbrt2, kSqrCbrt2};
  int xe;
  double xm = std::frexp(std::fabs(x), &xe);
  double u =
      (0.354895765043919860 +
       ((1.50819193781584896 +
         ((-2.11499494167371287 +
           ((2.44693122563534430 +
             ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) *
              xm)) *
            xm)) *
          xm)) *
        xm));
  double t2 = u * u * u;
  double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * kFactor[2 + xe % 3];
  return std::ldexp(x > 0.0 ? ym : -ym, xe / 3);
}

#if !defined(__GLIBC__) && LDBL_MANT_DIG >= 113

// binary128 carries 60 bits beyond a double's, so one rounding of the wide
// result is the correctly rounded double except when the true value lies
// within 2^-60 ulp of a rounding boundary.
double libm_sin(double x) { return double(sinl(x)); }
double libm_cos(double x) { return double(cosl(x)); }
double libm_tan(double x) { return double(tanl(x)); }
double libm_asin(double x) { return double(asinl(x)); }
double libm_acos(double x) { return double(acosl(x)); }
double libm_atan(double x) { return double(atanl(x)); }
double libm_atan2(double y, double x) { return double(atan2l(y, x)); }

#else

double libm_sin(double x) { return std::sin(x); }
double libm_cos(double x) { return std::cos(x); }
double libm_tan(double x) { return std::tan(x); }
double libm_asin(double x) { return std::asin(x); }
double libm_acos(double x) { return std::acos(x); }
double libm_atan(double x) { return std::atan(x); }
double libm_atan2(double y, double x) { return std::atan2(y, x); }

#endif

} // namespace py::num
