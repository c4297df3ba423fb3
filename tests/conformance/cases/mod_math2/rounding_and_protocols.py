# floor/ceil/trunc on floats and big values, and the __float__/__index__/__floor__/__ceil__/__trunc__ protocols of user classes.
import math
for v in [0.5, -0.5, 1.5, -1.5, 2.0 ** 52 + 0.5, -(2.0 ** 53), 1e16, 1.7976931348623157e308, -0.0, 123456789012345678901234567890, True]:
    print(repr(v)[:20], math.floor(v), math.ceil(v), math.trunc(v))
class F:
    def __float__(self):
        return 2.75
class I:
    def __index__(self):
        return 7
class R:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
    def __float__(self):
        return 9.5
class MyFloat(float):
    pass
class MyInt(int):
    def __float__(self):
        return 0.25
class BadFloat:
    def __float__(self):
        return 3
print(math.sqrt(F()), math.floor(F()), math.ceil(F()), math.isfinite(F()), math.log(F()), math.hypot(F(), F()))
print(math.sqrt(I()), math.floor(I()), math.factorial(I()), math.gcd(I(), 21), math.comb(I(), 2), math.isqrt(I()), math.perm(I(), 2))
print(math.floor(R()), math.ceil(R()), math.trunc(R()), math.sqrt(R()))
print(math.floor(MyFloat(2.5)), math.sqrt(MyFloat(6.25)), math.sqrt(MyInt(16)), math.floor(MyInt(5)), math.log(MyInt(8), 2))
print(math.fsum([F(), I(), 0.25]), math.prod([2, 3.5]), math.dist([F()], [I()]), math.isclose(F(), 2.75), math.fmod(I(), F()))
for call in [lambda: math.sqrt(BadFloat()), lambda: math.trunc(F()), lambda: math.trunc(I()), lambda: math.floor("3"),
             lambda: math.ceil(None), lambda: math.sqrt([4]), lambda: math.ldexp(1.0, 2.5), lambda: math.ldexp(1.0, I()),
             lambda: math.isclose(1, 1, rel_tol=-0.1), lambda: math.isclose(1, 1, abs_tol=-1), lambda: math.floor(math.inf),
             lambda: math.ceil(-math.inf), lambda: math.trunc(math.nan), lambda: math.sqrt(10 ** 400), lambda: math.exp(10 ** 400)]:
    try:
        print(call())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-300), math.isclose(0.0, 1e-300, abs_tol=1e-299),
      math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(1, 1.05, rel_tol=0.05))
