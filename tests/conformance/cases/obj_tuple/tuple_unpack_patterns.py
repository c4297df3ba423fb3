# Tuple packing/unpacking patterns: swap, returning tuples, star-unpacking in literals, enumerate/zip/items loops.
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([3, 9, 1, 7])
result = min_max("hello")
print(lo, hi, result, type(result).__name__)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = y = 0
x, y = y + 1, x + 10
print(x, y)
coords = [(1, 2), (3, 4), (5, 6)]
for i, (cx, cy) in enumerate(coords):
    print(i, cx, cy, cx * cy)
print(*coords)
print([*coords, (7, 8)], (*"ab", *[1, 2]), {*()}, [*range(3), *"xy"])
names, ages = zip(*[("a", 1), ("b", 2), ("c", 3)])
print(names, ages)
d = {"one": 1, "two": 2}
for key, value in d.items():
    print(key, value)
(a, b), (c, d2) = [(1, 2), "xy"]
print(a, b, c, d2)
first, *_, last = range(10)
print(first, last, _)
print(tuple(i * i for i in range(4)), divmod(17, 5), tuple(divmod(-17, 5)))
record = ("Kim", 30, "Seoul")
name, *details = record
print(name, details)
try:
    a, *b, c = (1,)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2, 3, 4]
except ValueError as e:
    print(type(e).__name__, e)
