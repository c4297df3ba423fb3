# Two-argument math functions (pow, atan2, fmod, remainder, copysign, hypot, nextafter, ldexp, log with base) on special pairs.
import math
vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 3.0, 1e308, 5e-324, math.inf, -math.inf, math.nan]
for name in ["pow", "atan2", "fmod", "remainder", "copysign", "hypot", "nextafter", "dist1", "log"]:
    out = []
    for x in vals:
        for y in vals:
            try:
                if name == "dist1":
                    r = math.dist((x,), (y,))
                else:
                    r = getattr(math, name)(x, y)
                out.append(repr(r))
            except (ValueError, OverflowError, ZeroDivisionError) as e:
                out.append(type(e).__name__[0])
    print(name, " ".join(out))
for x in [1.0, -1.5, 0.0, 5e-324, 1e308, math.inf, math.nan]:
    for i in [-1100, -1075, -1074, -1, 0, 1, 1023, 1024, 2000, 10 ** 20, -10 ** 20, True]:
        try:
            print("ldexp", x, i, math.ldexp(x, i))
        except OverflowError as e:
            print("ldexp", x, i, "OverflowError", e)
print(math.pow(2, 0.5), math.pow(-2, 3), math.pow(-2, -3), math.pow(-0.0, 3), math.pow(4, 0.5), math.pow(1e10, 30))
for a, b in [(-8, 1 / 3), (0.0, -1), (-0.0, -1), (-0.0, -2), (10.0, 400), (-10.0, 401), (0.5, -2000), (2, -1075)]:
    try:
        print(a, b, math.pow(a, b))
    except (ValueError, OverflowError) as e:
        print(a, b, type(e).__name__, e)
