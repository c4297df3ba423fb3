# Float floor division and modulo with negative operands, divmod, and math.fmod contrast.
import math
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (-1.0, 0.1), (0.5, 0.25),
         (5.0, 3), (-5.0, 3), (1e20, 3.0), (-0.0, 1.0), (0.0, -1.0), (3.5, 0.5), (-3.5, 0.5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), math.fmod(a, b))
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7 % 2.0, type(7 // 2.0).__name__)
print(10 % 3.3, 0.3 % 0.1, 1 % 0.3, -1e-20 % 1.0, 1e-20 % -1.0)
print(math.floor(-7.5 / 2), math.ceil(-7.5 / 2), math.trunc(-7.5 / 2))
print(2.5 // 1, -2.5 // 1, 2.5 % 1, -2.5 % 1)
