# int<->float conversions: truncation, precision loss beyond 2**53, OverflowError for huge ints, int(float(...)).
for v in [3.7, -3.7, 0.9999999999999999, 1e15 + 0.5, 2.0 ** 60, 1e19, -1e-9]:
    print(v, int(v), type(int(v)).__name__)
for i in [2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 54 + 3, 10 ** 17 + 1, 2 ** 1023, 123456789123456789]:
    print(i, float(i), int(float(i)), int(float(i)) - i)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 1024 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 2000 / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 2000 // 3 ** 1200, 2 ** 1023 / 2 ** 1022, (2 ** 1024 - 1) // 2 ** 1000)
print(1 + 2.0, 3 * 0.5, 10 - 0.5, 2 ** 0.5, 9 ** 0.5, 8 ** (1 / 3), 4 ** -0.5)
print(0.5 + True, 1 // 0.3, 7 % 2.5, abs(-2.5), -(-0.0))
print(float("12") + int("3"), str(2.0 * 3), str(7 / 7))
