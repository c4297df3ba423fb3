# A learner-style geometry program: circle areas, triangle sides with Heron's formula, rounding results.
import math
for r in [1, 2.5, 10]:
    area = math.pi * r ** 2
    circ = 2 * math.pi * r
    print(f"r={r}: area={area:.3f} circumference={circ:.3f} raw={area}")
def heron(a, b, c):
    s = (a + b + c) / 2
    return math.sqrt(s * (s - a) * (s - b) * (s - c))
for sides in [(3, 4, 5), (5, 5, 5), (7, 8, 9), (1, 1, 1.999)]:
    print(sides, heron(*sides), round(heron(*sides), 4))
points = [(0, 0), (3, 4), (6, 8), (-1, 2)]
for p, q in zip(points, points[1:]):
    print(p, q, math.dist(p, q), math.degrees(math.atan2(q[1] - p[1], q[0] - p[0])))
print(math.comb(10, 3), "ways;", math.factorial(5) // (math.factorial(2) * math.factorial(3)))
print([math.isqrt(n) ** 2 == n for n in (15, 16, 17, 25)], math.gcd(48, 180), math.lcm(4, 6, 15))
