# in / not in, len, concatenation, repetition, min/max on lists, tuples, strings, ranges, dicts.
print(3 in [1, 2, 3], "ell" in "hello", "" in "abc", 2 in (1, 2), 5 in range(0, 10, 5))
print("a" in {"a": 1}, 1 in {"a": 1}, 1 in {"a": 1}.values(), ("a", 1) in {"a": 1}.items())
print([0] * 3, "-" * 10, (1, 2) * 2, [] * 5, "x" * 0, "x" * -3)
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
print(len("한글abc"), len([]), len(range(3, 30, 4)), len({"a": 1, "b": 2}))
print(min("hello"), max([3, 1, 2]), min((2, "b"), (1, "z")), max("abc", "abd", key=len))
print(sorted("banana"), sorted([3, 1, 2], reverse=True), list(reversed((1, 2, 3))))
print([1, 2, 3].index(2), "hello".count("l"), (1, 1, 2).count(1), "abc".find("z"))
try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError", e)
try:
    print("a" * 2.0)
except TypeError as e:
    print("TypeError", e)
try:
    print([1] + (2,))
except TypeError as e:
    print("TypeError", e)
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError", e)
try:
    print(len(5))
except TypeError as e:
    print("TypeError", e)
