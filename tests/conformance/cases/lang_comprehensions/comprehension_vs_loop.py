# The same results with loops and comprehensions, including nested conditions, zip, enumerate and dict inversion.
names = ["ann", "bob", "cy", "dee"]
ages = [31, 25, 40, 25]
out = []
for n, a in zip(names, ages):
    if a > 26:
        out.append(n.title())
print(out, [n.title() for n, a in zip(names, ages) if a > 26])
by_age = {}
for n, a in zip(names, ages):
    by_age.setdefault(a, []).append(n)
print(by_age, {a: [n for n, b in zip(names, ages) if b == a] for a in ages})
print({i: n for i, n in enumerate(names, 1)})
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([n if len(n) > 2 else n.upper() for n in names])
print(sum([a for a in ages if a % 5 == 0]), sum(a for a in ages if a % 5 == 0))
print(["-".join(p) for p in zip("abc", "xyz", "123")])
print(list(map(lambda t: t[0] * t[1], zip(range(4), range(4, 8)))))
