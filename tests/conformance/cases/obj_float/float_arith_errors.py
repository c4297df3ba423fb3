# Float arithmetic corner cases: ZeroDivisionError/OverflowError messages, inf/nan arithmetic, signed zero.
for expr in ["1.0 / 0", "1 / 0.0", "1.0 // 0.0", "1.0 % 0.0", "divmod(1.0, 0.0)", "0.0 ** -1",
             "10.0 ** 400", "2.0 ** 10000", "(-8.0) ** (1 / 3)", "float(10 ** 400)", "10 ** 400 / 1",
             "1e308 * 10", "1e308 + 1e308", "-1e308 * 10", "int(1e308 * 10)", "(-1.5) ** 0.5",
             "10 ** 400 / 10 ** 399", "2 ** 1100 / 2 ** 1099", "1 / 10 ** 400", "1e-320 / 1e10"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
print(nan + 1, nan == nan, nan != nan, nan < 1, nan is nan, [nan] == [nan], nan in [nan])
print(inf == inf, inf > 1e308, -inf < -1e308, max(1.0, inf), min(-inf, 0))
print(-0.0 == 0.0, -0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), str(-0.0 * 0))
print(1e-323 / 2, 5e-324 / 2, 5e-324 * 0.5, 1e-308 / 1e10)
print(0.1 + 0.2 - 0.3, 1e16 + 1.0 - 1e16, (1e16 + 1.0) - 1e16)
print(1.0 % inf, -1.0 % inf, 1.0 // inf, -1.0 // inf)
print(3.0 * 1.1, 0.7 * 3, 2.675 * 100, 1.15 * 100)
