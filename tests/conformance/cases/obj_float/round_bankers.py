# round(): banker's rounding on halves, ndigits (incl. negative), representation effects like round(2.675, 2).
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 5.5, 1e16 + 1]:
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (2.665, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1.25, 1), (1.35, 1), (1.45, 1),
             (3.14159, 3), (3.14159, 0), (1234.5678, -1), (1234.5678, -2), (1250.0, -2), (1350.0, -2),
             (-0.5, 0), (0.05, 1), (1e300, 2), (5e-324, 400), (123.456, 20)]:
    r = round(v, n)
    print(v, n, r, type(r).__name__)
for v, n in [(1234, -2), (1250, -2), (1350, -2), (-1250, -2), (15, -1), (25, -1), (5, 0), (7, 2), (10 ** 20 + 5 * 10 ** 18, -19)]:
    print(v, n, round(v, n), type(round(v, n)).__name__)
print(round(True), round(-0.0), round(-0.4), round(0.0, 1), round(-0.04, 1))
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
print(int(2.9), int(-2.9), int(1e20), int(-0.9), int(1.999999999999999999))
