# math float functions: sqrt, pow, exp, logs, fsum vs sum, hypot, dist, copysign, fabs, fmod, modf, frexp, ldexp.
import math
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(1e-300), math.sqrt(-0.0))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(1, float("nan")))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.expm1(1e-10), math.log1p(1e-10))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log10(2), math.log2(1024), math.log2(10))
print(math.log(2 ** 1000), math.log10(10 ** 400), math.log2(2 ** 2000))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4), math.ldexp(1, -1074))
print(math.remainder(7, 3), math.remainder(8, 3), math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(1e16))
print(math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.exp2(10) if hasattr(math, "exp2") else 1024.0)
