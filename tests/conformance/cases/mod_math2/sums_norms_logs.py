# fsum exactness, hypot/dist accuracy over many dimensions, and logarithms of huge ints with and without a base.
import math
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum(i * 0.1 for i in range(100)))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([0.1] * 100), sum([0.1] * 100), math.fsum([2.0 ** 53, 1.0, 1.0]), math.fsum([-0.0, -0.0]), math.fsum([5e-324] * 10))
for call in [lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([math.inf, 1.0]),
             lambda: math.fsum([math.nan, 1.0]), lambda: math.fsum([1e308, 1e308, -math.inf])]:
    try:
        print(call())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.hypot(*range(20)), math.hypot(*[0.1] * 1000), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308, 1e308), math.hypot(-3), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist(range(10), range(10, 20)), math.dist((1.5, -2.5, 3e-5), (0.25, 7, -2)), math.dist([], []), math.dist(iter([3]), (0,)))
print([math.hypot(a, b) for a, b in [(3, 4), (5, 12), (1, 1), (0.1, 0.2), (1e200, 1e200), (2 ** -1070, 2 ** -1070)]])
for n in [10 ** 308, 10 ** 309, 2 ** 1024, 2 ** 1024 - 1, 3 ** 2000, 10 ** 10000, 2 ** 100000 + 1, 7 ** 777]:
    print(math.log(n), math.log2(n), math.log10(n), math.log(n, 10), math.log(n, 2 ** 64), math.log1p(n) if n < 2 ** 1000 else "")
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(2 ** 60, 2), math.log(0.5, 2), math.log(10, 0.5), math.log(3, 3.0), math.log(2.5, True + 1))
for args in [(0,), (-1,), (-(10 ** 400),), (1, 1), (5, 0), (5, -2), (0.0, 2), (2, 1.0), (math.inf,), (-math.inf,), (math.nan, 2)]:
    try:
        print(args, math.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
