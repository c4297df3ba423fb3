# Tuple comparison (lexicographic, element-wise), tuples as dict keys, hashing and unhashable contents.
pairs = [((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), ((), (0,)), ((2,), (1, 9, 9)), ((1, "b"), (1, "a")), ((1.0, 2), (1, 2))]
for a, b in pairs:
    print(a, b, a < b, a == b, a > b, max(a, b))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (2, "x"), (0, float("nan")) < (1, 0))
grid = {(0, 0): "origin", (1, 2): "point", (-1, -1): "neg"}
print(grid[(1, 2)], grid[1, 2], (0, 0) in grid, sorted(grid))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash((1, (2, 3))) == hash((1.0, (2, 3.0))))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, [2]): 3}
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), min([(3, 1), (1, 5), (1, 2)]))
print(sorted([("Kim", 90), ("Lee", 85), ("Park", 90)], key=lambda s: (-s[1], s[0])))
print(((1, 2), (3, 4)), tuple(tuple(r) for r in [[1], [2, 3]]), (("a",),))
