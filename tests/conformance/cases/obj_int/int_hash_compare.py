# Hashes of ints (incl. -1 and values past the 2**61-1 modulus) and int/float comparisons.
for v in [0, 1, -1, -2, 2 ** 30, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 61), 10 ** 30]:
    print(v, hash(v))
print(hash(-1) == hash(-2), hash(1.0) == hash(1), hash(2 ** 61 - 1) == hash(0))
print(hash((1, 2)), hash(()), hash((1,)), hash((-1,)), hash(((1, 2), 3)))
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(1 < 1.5 < 2, 3 == 3.0000000000000001, 0 == -0.0, 1 != 1.0)
print(float("nan") == 0, float("nan") != 0, 0 < float("nan"), 0 > float("nan"))
print(sorted([3, 1.5, 2, 0.5, True, -1]), max(1, 1.0), max(1.0, 1), min(2, 2.0))
try:
    1 < "2"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", None == 0, [] == 0)
s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
