# math integer functions on big and edge ints: gcd/lcm folds, isqrt near squares, comb/perm tables, factorial sizes, prod.
import math
print(math.gcd(2 ** 200 * 3 ** 50, 6 ** 120), math.gcd(-(2 ** 64), 2 ** 63), math.gcd(0, -7), math.gcd(7), math.gcd(-7))
print(math.lcm(*range(1, 30)), math.lcm(2 ** 70, 3), math.lcm(0, 2 ** 70), math.lcm(-6), math.gcd(*[2 ** 80 * p for p in (3, 5, 7)]))
print(math.gcd(True, 6), math.lcm(True, 6), type(math.gcd(True)).__name__)
for n in [0, 1, 2, 3, 4, 15, 16, 17, 2 ** 52 - 1, 2 ** 52, 2 ** 62 - 1, 2 ** 62, 2 ** 63 - 1, 2 ** 64 - 1, 2 ** 64, 10 ** 30, 10 ** 30 - 1, (10 ** 20 + 7) ** 2, (10 ** 20 + 7) ** 2 - 1, 2 ** 1000]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
for n in range(0, 13):
    print(n, [math.comb(n, k) for k in range(n + 2)], [math.perm(n, k) for k in range(0, n + 2, 3)])
print(math.comb(1000, 500) % (10 ** 30), len(str(math.comb(5000, 2500))), math.comb(10 ** 20, 3), math.perm(10 ** 20, 2))
print(math.comb(67, 33), math.comb(68, 34), math.comb(127, 63), math.comb(2 ** 40, 2), math.perm(20), math.perm(21, 21), math.perm(30, 15))
print(math.comb(10 ** 30, 10 ** 30 - 2), math.comb(10 ** 30, 10 ** 30), math.comb(10 ** 30, 10 ** 30 + 1))
for n in [0, 1, 5, 20, 21, 25, 50, 100, 170, 171, 500]:
    f = math.factorial(n)
    print(n, len(str(f)), f % 1000003, str(f)[:20])
print(sum(math.factorial(i) for i in range(30)) % 99991)
print(math.prod(range(1, 26)), math.prod([2 ** 62, 2]), math.prod([1.5, 2, 3]), math.prod([2, 3], start=0.5), math.prod([], start="x"))
print(math.prod([[1], 3]), math.prod(iter([3, 4]), start=2), math.prod([True, True]), math.prod([-(2 ** 62), 2]), math.prod([2 ** 31] * 3))
for call in [lambda: math.comb(2 ** 70, 2 ** 69), lambda: math.perm(2 ** 70, 2 ** 64), lambda: math.factorial(2 ** 63), lambda: math.factorial(-2 ** 70),
             lambda: math.isqrt(-(2 ** 70)), lambda: math.gcd(1, 2.0), lambda: math.lcm("a"), lambda: math.comb(3, 1.0), lambda: math.perm(None),
             lambda: math.perm(3, None), lambda: math.perm(4, -(2 ** 70)), lambda: math.prod(5), lambda: math.prod(["a", "b"])]:
    try:
        print(call())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
