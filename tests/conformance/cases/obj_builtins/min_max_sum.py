# min/max (key, default, ties pick first, empty errors), sum (start, floats, strings error), any/all short-circuit.
print(max(3, 1, 4), min(3, 1, 4), max([3, 1, 4]), min("hello"), max("apple", "pear", key=len), max(["b", "A"], key=str.lower))
print(max([1, -5, 3], key=abs), min([1, -1, 2], key=abs), max([(1, "b"), (1, "a")]), max([2, 2.0]), max([2.0, 2]))
print(max([], default="empty"), min([], default=None), max([5], default=0), max({"a": 3, "b": 9}), max({"a": 3, "b": 9}.values()))
words = ["kiwi", "fig", "plum", "pear"]
print(max(words, key=len), min(words, key=len), sorted(words, key=len)[-1])
for call in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([]), sum([], 5.0))
print(sum([1.5, 2, True]), sum((x * x for x in range(5))), sum([10 ** 20, 1, -10 ** 20]), sum([1e100, 1.0, -1e100]))
for bad in [(["a", "b"],), (["a"], ""), ([[1]],), ([1, "2"],)]:
    try:
        sum(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
seen = []
def check(x):
    seen.append(x)
    return x > 1
print(any(check(x) for x in [0, 1, 2, 3, 4]), seen)
seen.clear()
print(all(check(x) for x in [5, 4, 0, 7]), seen)
print(any("ab"), all(""), any([[]]), all([[]]))
