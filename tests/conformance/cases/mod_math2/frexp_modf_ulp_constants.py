# frexp/modf/ulp/nextafter/copysign over the float range, the constants, and reprs of their arithmetic.
import math
for x in [0.0, -0.0, 1.0, 0.1, -123.456, 1e-310, 5e-324, 2.0 ** 1023, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 7, -(2 ** 60)]:
    print(repr(x), math.frexp(x), math.modf(x), math.ulp(x), math.nextafter(x, math.inf), math.nextafter(x, -math.inf), math.nextafter(x, x), math.copysign(1, x))
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf, math.pi * 2 == math.tau, repr(math.e ** 2), math.pi / 3)
print(math.degrees(math.tau), math.radians(360), math.degrees(-math.pi / 7), math.radians(1e308), math.degrees(1e308))
print(math.nextafter(0.0, -0.0), math.nextafter(-0.0, 0.0), math.nextafter(1.0, math.nan), math.ulp(-0.0), math.ulp(1e-320))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(5.5, 1), math.remainder(-0.0, 1), math.remainder(1e308, 3e-308))
print(math.fmod(-0.0, 1), math.fmod(5.5, -2), math.fmod(-5.5, 2), math.fmod(1e308, 3e-308), math.copysign(math.inf, -0.0), math.copysign(math.nan, -1))
print(sorted(n for n in dir(math) if not n.startswith("_")))
