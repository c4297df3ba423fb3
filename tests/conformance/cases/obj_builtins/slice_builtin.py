# slice() objects: attributes, repr, indices() normalization, equality, use on str/list/tuple/range, and errors.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None, None, -1), slice("a", "b"))
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s], range(10)[s], data[slice(-3, None)], data[slice(None, None, -2)])
for length in [0, 3, 10]:
    print(length, s.indices(length), slice(-1, -20, -1).indices(length), slice(None).indices(length), slice(None, None, -1).indices(length))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    data[slice("a", "b")]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
    print("slices hashable")
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1:2], q[::3], q[1:2, 3], q[...], q[:, 1], q["k"])
