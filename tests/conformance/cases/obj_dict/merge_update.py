# Merging dicts: update() forms, | and |= operators (right side wins, order), {**a, **b}, and their TypeErrors.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b}, {**b, **a}, dict(a, **b))
c = a.copy()
c |= b
print(c, a)
c |= [("w", 0)]
print(c)
d = {}
d.update(a)
d.update([("k", "v")], extra=True)
d.update(y="kw")
print(d)
try:
    a | [("q", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update(["ab", "cde"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
print(a == {"y": 2, "x": 1}, a != b, {1: "a"} == {1.0: "a"}, {} == dict())
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
nested = {"cfg": {"debug": False, "level": 1}}
update = {"cfg": {"debug": True}}
print(nested | update)
