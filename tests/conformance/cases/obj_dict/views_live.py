# keys/values/items views: live updates, set operations on key views (int keys), membership, reversed, len.
d = {5: "five", 1: "one", 3: "three"}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d[2] = "two"
del d[1]
print(k, v, it, len(k))
print(k & {2, 3, 4}, k | {10, 0}, k - {5}, k ^ {3, 9}, {9, 3} ^ k)
print(it & {(2, "two"), (9, "x")}, (5, "five") in it, (5, "FIVE") in it, 3 in k, "two" in v)
print(k == {5, 3, 2}, k == [5, 3, 2], sorted(k), list(reversed(k)), list(reversed(v)))
print(k.isdisjoint({100}), k <= {2, 3, 5, 7}, k < {2, 3, 5}, k >= {3})
try:
    v & {"two"}
except TypeError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
print(type(k).__name__, type(v).__name__, type(it).__name__, list(k)[0], list(it)[-1])
print(v == v, d.values() == d.values(), list(v) == list(d.values()))
print(k.mapping, type(k.mapping).__name__)
