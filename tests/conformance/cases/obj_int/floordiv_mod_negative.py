# Floor division and modulo with negative operands (Python rounds toward -inf), and divmod.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 5), (-1, 5), (1, -5), (-1, -5)]
for a, b in pairs:
    print(f"{a:3} // {b:2} = {a // b:3}   {a:3} % {b:2} = {a % b:3}   divmod = {divmod(a, b)}")
for a, b in pairs:
    q, r = divmod(a, b)
    assert q * b + r == a
print("identity holds")
print(-13 // 4, -13 % 4, 13 // -4, 13 % -4)
print(-(13 // 4), int(-13 / 4))
print(-2 ** 2, (-2) ** 2)
print(-1 % 10, -11 % 10, -21 % 10, 9 % -10)
print([h % 12 for h in range(-5, 6)])
print(divmod(-(10 ** 20) - 1, 10 ** 10))
for op in ("//", "%", "divmod"):
    try:
        if op == "//":
            1 // 0
        elif op == "%":
            1 % 0
        else:
            divmod(1, 0)
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
try:
    5 / 0
except ZeroDivisionError as e:
    print("/", e)
print(7 / 2, -7 / 2, 8 / 2, type(8 / 2).__name__)
print(True // 2, True % 2, divmod(True, True))
