# Mixing int, float, bool, complex: result types, true vs floor division, big ints.
print(1 + 2.0, type(1 + 2.0).__name__, 3 * True, type(True + True).__name__)
print(7 / 7, type(7 / 7).__name__, 7 // 7, 7.0 // 2, type(7.0 // 2).__name__)
print(2 ** 10, 2 ** 0.5, 2.0 ** 10, 4 ** 0.5, (-8) ** (1 / 3))
print(10 ** 20, 10.0 ** 20, 10 ** -2, 0 ** 0, 0.0 ** 0)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(17, -5))
print(round(3.14159, 2), round(1234, -2), round(-2.5), round(7 / 2))
print(int(2 ** 53) + 1 == float(2 ** 53) + 1, float(2 ** 53 + 1))
print(abs(-3), abs(-3.5), abs(-0.0), max(1, 2.5), min(True, 0.5))
print(sum([0.1] * 10), sum([1, 2, 3.0]), 1e16 + 1 - 1e16)
print(10 ** 30 / 10 ** 10, 10 ** 30 // 10 ** 10, 3 / 2 * 2)
print(pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 3))
zero = 0
cases = [("1 / 0", lambda: 1 / zero), ("1 // 0", lambda: 1 // zero), ("1 % 0", lambda: 1 % zero),
         ("1.0 / 0", lambda: 1.0 / zero), ("0 ** -1", lambda: zero ** -1), ("divmod(1, 0)", lambda: divmod(1, zero)),
         ("2.0 ** 10000", lambda: 2.0 ** 10000), ("1.5 // 0.0", lambda: 1.5 // 0.0), ("7.0 % 0", lambda: 7.0 % zero)]
for expr, fn in cases:
    try:
        print(fn())
    except (ZeroDivisionError, OverflowError) as e:
        print(expr, "->", type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError", e)
print(int("9" * 50) + 1)
