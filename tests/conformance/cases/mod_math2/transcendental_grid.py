# libm results on a grid of arguments (exact reprs): trig, hyperbolic, exp/log families, cbrt, erf, gamma.
import math
xs = [i / 8 for i in range(-40, 41)] + [10.0, 20.5, 100.0, 1e5, 1e10, 1e15, 1e22, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, math.pi, math.e]
funcs = ["sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh", "exp", "expm1", "exp2", "cbrt", "erf", "erfc", "gamma", "lgamma"]
for name in funcs:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
pos = [x for x in xs if x > 0] + [1e-300, 1e300, 2.0 ** 100, 7.0]
for name in ["log", "log2", "log10", "log1p", "sqrt", "acosh"]:
    out = []
    for x in pos:
        try:
            out.append(repr(getattr(math, name)(x)))
        except ValueError as e:
            out.append("ValueError")
    print(name, " ".join(out))
for name in ["asin", "acos", "atanh"]:
    print(name, " ".join(repr(getattr(math, name)(x / 16)) for x in range(-15, 16)))
