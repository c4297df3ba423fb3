# math.isnan/isinf/isfinite/isclose and the "math domain error"/"math range error" messages.
import math
for v in [0.0, 1.5, math.inf, -math.inf, math.nan, 1e308, 10 ** 300, -0.0]:
    print(repr(v)[:12], math.isnan(v), math.isinf(v), math.isfinite(v))
for name, call in [("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)), ("log(-1)", lambda: math.log(-1)),
                   ("log(1, 0)", lambda: math.log(1, 0)), ("asin(2)", lambda: math.asin(2)), ("acos(-1.5)", lambda: math.acos(-1.5)),
                   ("exp(1000)", lambda: math.exp(1000)), ("pow(10, 400)", lambda: math.pow(10.0, 400)), ("pow(0, -1)", lambda: math.pow(0, -1)),
                   ("cosh(1000)", lambda: math.cosh(1000)), ("fmod(1, 0)", lambda: math.fmod(1, 0)), ("log(10**400)", lambda: math.log(10 ** 400)),
                   ("sqrt('4')", lambda: math.sqrt("4")), ("sqrt(10**400)", lambda: math.sqrt(10 ** 400)), ("ldexp(1, 5000)", lambda: math.ldexp(1.0, 5000)),
                   ("log(-inf)", lambda: math.log(-math.inf)), ("sin(inf)", lambda: math.sin(math.inf)), ("atanh(1)", lambda: math.atanh(1)),
                   ("gamma(0)", lambda: math.gamma(0)), ("exp(-1000)", lambda: math.exp(-1000)), ("sqrt(inf)", lambda: math.sqrt(math.inf)), ("isnan(10**400)", lambda: math.isnan(10 ** 400))]:
    try:
        print(name, "=", call())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, "->", type(e).__name__, e)
