# pow() with two and three arguments, modular inverses via negative exponents, and its errors.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 0))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 1), pow(7, 0, 5))
print(pow(3, -1, 7), pow(3, -2, 7), pow(10, -1, 17), pow(-3, -1, 7))
print(pow(2, 10 ** 18, 10 ** 9 + 7))
print(pow(123456789, 987654321, 1000000007))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 0.5, 5), (0, -1)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for x in range(1, 7):
    inv = pow(x, -1, 7)
    print(x, inv, x * inv % 7)
print(pow(2, 0.5), pow(4, 0.5), pow(-8, 1 / 3).real > 0)
print(pow(base=2, exp=5), pow(2, 5, mod=3))
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(0 ** 5, 5 ** 0, 0.0 ** 0)
