# Star unpacking in calls, list/tuple/set/dict displays and assignment targets.
def f(a, b, c, d=0):
    return (a, b, c, d)
args = [1, 2]
print(f(*args, 3), f(*args, *[3, 4]), f(0, *"xy"))
kw = {"c": 30, "d": 40}
print(f(1, 2, **kw), f(*args, **{"c": 3}))
print([*range(3), *"ab"], (*[1], *[2]), {*[1, 2], *[2, 3]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(p, q), *others = [(1, 2), 3, 4]
print(p, q, others)
x, y = y, x = 1, 2
print(x, y)
a, b, c = "abc"
print(a, b, c)
for n, (l, *ls) in enumerate(["ab", "cde"]):
    print(n, l, ls)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
print(*[1, 2, 3], sep="-")
print(*"abc")
