# List, set, dict comprehensions and generator expressions, with conditions and transforms.
nums = [5, 3, 8, 3, 1, 8]
print([n * 2 for n in nums])
print([n for n in nums if n > 3])
print(sorted({n % 4 for n in nums}), {n for n in range(5)})
print({n: n * n for n in nums})
print({k: v for k, v in zip("abc", range(3)) if v})
print(tuple(n for n in nums if n % 2))
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print(["even" if n % 2 == 0 else "odd" for n in nums])
print([c.upper() for c in "hello" if c not in "aeiou"])
words = ["apple", "Banana", "cherry"]
print({w[0].lower(): len(w) for w in words})
print([len(w) for w in words], sum(len(w) for w in words))
print([(i, c) for i, c in enumerate("abc")])
print(dict((x, x ** 3) for x in range(4)))
print([x for x in []], {x: 1 for x in ""}, set(x for x in ()))
