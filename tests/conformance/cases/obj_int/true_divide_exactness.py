# int / int gives the correctly rounded float: for small operands (exact as
# doubles, one division), at 2**53 where doubles stop holding every int, and
# past it; zero divisors, bool, subclasses, /= and the dunder methods.
cases = [(1, 3), (-7, 2), (7, -2), (0, 5), (0, -5), (2**53 - 1, 3), (2**53, 3),
         (2**53 + 1, 3), (-(2**53) - 1, 7), (10**20, 3), (3, 10**20), (2**63, 2**62),
         (1, 2**53 + 1), (2**53 + 1, 1), (-(2**53 + 1), 1), (10**400, 10**399)]
for a, b in cases:
    q = a / b
    print(a, b, q, q.hex(), type(q).__name__)

x = 10
x /= 4
print(x, type(x).__name__)

for a, b in [(1, 0), (0, 0), (-5, 0), (10**30, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

print(True / 2, 7 / True, False / 3)


class Meters(int):
    pass


print(Meters(7) / 2, 7 / Meters(2), type(Meters(9) / Meters(3)).__name__)
print(int.__truediv__(7, 2), int.__rtruediv__(2, 7), (7).__truediv__(0.5))
print(sum(i / 7 for i in range(1000)))
print([n / 4 for n in range(-3, 4)])
