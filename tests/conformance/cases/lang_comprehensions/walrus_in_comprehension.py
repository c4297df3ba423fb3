# Walrus := inside comprehensions binds in the enclosing scope; filter-and-keep patterns.
import math
values = [4, 9, 15, 16, 20, 25]
roots = [r for v in values if (r := math.isqrt(v)) ** 2 == v]
print(roots, "r leaked to module scope:", r)
def f():
    hits = [y for x in range(10) if (y := x * x) % 3 == 0]
    return hits, y
print(f())
data = ["3", "x", "12", "", "7"]
nums = [n for s in data if s.isdigit() and (n := int(s)) > 5]
print(nums, n)
running = 0
print([running := running + v for v in [1, 2, 3]], running)
print({(k := w[0]): w for w in ["apple", "avocado", "banana"]}, k)
print(any((found := w).startswith("b") for w in ["apple", "banana", "cherry"]), found)
