# Every one-argument math function on the special and boundary floats: results (repr) or the exact error.
import math
values = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1e-300, 5e-324, 1e308, -1e308, 710.0, -745.5, math.inf, -math.inf, math.nan]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh", "degrees", "erf", "erfc",
         "exp", "exp2", "expm1", "fabs", "floor", "frexp", "gamma", "isfinite", "isinf", "isnan", "lgamma", "log",
         "log10", "log1p", "log2", "modf", "radians", "sin", "sinh", "sqrt", "tan", "tanh", "trunc", "ulp"]
for name in names:
    f = getattr(math, name)
    row = []
    for v in values:
        try:
            row.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            row.append(f"{type(e).__name__}:{e}")
    print(name, " ".join(row))
