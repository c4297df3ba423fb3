# math integer functions: factorial, gcd, lcm, isqrt, comb, perm, prod, floor/ceil/trunc results as ints, and errors.
import math
print(math.factorial(0), math.factorial(5), math.factorial(20), math.factorial(30))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1), math.isqrt(2 ** 127))
print(math.comb(5, 2), math.comb(52, 5), math.comb(5, 7), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.perm(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11), start=2), math.prod([0.5, 4]), math.prod([2] * 70))
for v in [2.5, -2.5, 2.0, -0.5, 1e20]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
for call in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.isqrt(-1), lambda: math.comb(-1, 2),
             lambda: math.comb(5, -1), lambda: math.perm(1.0, 1), lambda: math.floor(float("inf")), lambda: math.ceil(float("nan")),
             lambda: math.gcd(1.5, 2)]:
    try:
        print(call())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
