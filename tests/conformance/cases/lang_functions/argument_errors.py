# TypeError messages for bad calls: missing, multiple values, unexpected keyword, too many.
def f(a, b, c=3):
    return a + b + c
def g(*, x):
    return x
def h():
    return 0
class K:
    def method(self, a):
        return a
    def __init__(self, v):
        self.v = v
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, a=5),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, 3, 4, 5),
    lambda: g(),
    lambda: g(1),
    lambda: g(x=1, y=2),
    lambda: h(1),
    lambda: h(1, 2),
    lambda: h(k=1),
    lambda: K(1).method(),
    lambda: K(1).method(1, 2),
    lambda: K(),
    lambda: K(1, 2),
    lambda: K.method(1),
    lambda: f(*[1, 2, 3, 4]),
    lambda: f(**{"a": 1, "b": 2, "q": 0}),
    lambda: f(1, **{"a": 1}),
    lambda: (lambda x, y: x)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: int("1", 2, 3),
    lambda: print(sep=1),
    lambda: f(1, *5),
    lambda: f(**[1]),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
def missing_many(a, b, c, d):
    pass
for args in [(), (1,), (1, 2), (1, 2, 3)]:
    try:
        missing_many(*args)
    except TypeError as e:
        print("TypeError:", e)
def kw_missing(*, a, b, c):
    pass
try:
    kw_missing(b=1)
except TypeError as e:
    print("TypeError:", e)
