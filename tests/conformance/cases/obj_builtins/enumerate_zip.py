# enumerate (start, on strings/dicts) and zip (uneven lengths, strict=True errors, unzip with *).
fruits = ["apple", "banana", "cherry"]
print(list(enumerate(fruits)), list(enumerate(fruits, 1)), list(enumerate("ab", start=-2)), list(enumerate({"x": 1, "y": 2})))
for i, f in enumerate(fruits, start=100):
    print(i, f)
e = enumerate("xyz")
print(next(e), next(e), list(e), list(e), type(e).__name__)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("abc", range(10), [True, False, None])))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
for args in [([1, 2, 3], "ab"), ([1], "ab"), ([1, 2], "ab", [0])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as err:
        print(type(err).__name__, err)
partial = []
try:
    for pair in zip(range(5), "abc", strict=True):
        partial.append(pair)
except ValueError as err:
    print(partial, err)
try:
    zip(1, 2)
except TypeError as err:
    print(type(err).__name__, err)
try:
    enumerate(5)
except TypeError as err:
    print(type(err).__name__, err)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(t) for t in zip(*matrix)], [sum(col) for col in zip(*matrix)])
names, scores = ["kim", "lee"], [90, 85]
for rank, (n, s) in enumerate(zip(names, scores), 1):
    print(f"{rank}. {n}: {s}")
