# Keys that compare equal are the same key: 1, 1.0 and True; the first key object is kept, the last value wins.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), type(list(d)[0]).__name__)
e = {True: "yes", 1: "one", 1.0: "uno"}
print(e)
f = {0: "zero", False: "false", 0.0: "0.0", -0.0: "neg"}
print(f)
g = {1.0: "a"}
g[1] = "b"
print(g, 1 in g, True in g, 1.0 in g, "1" in g)
print({(1, 2): "t", (1.0, 2.0): "u"}, {"a": 1, "a": 2}, {2 ** 61 - 1: "big", 0: "zero"})
mixed = {None: "none", "s": 1, 3: [3], (4,): "tuple", frozenset({5}): "fs", 2.5: "float", b"b": "bytes"}
print(mixed)
for k, v in mixed.items():
    print(type(k).__name__, repr(k), v)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), {frozenset({1, 2}): 1}[frozenset({2, 1})])
nan = float("nan")
h = {nan: 1}
h[nan] = 2
h[float("nan")] = 3
print(len(h), h[nan])
