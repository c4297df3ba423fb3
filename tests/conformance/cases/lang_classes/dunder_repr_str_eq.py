# __init__, __repr__, __str__, __eq__: which one print/str/repr/containers/f-strings use.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
p = Point(1, 2)
print(p)
print(str(p), repr(p), [p], (p,), {"k": p}, f"{p} {p!r}")
print(p == Point(1, 2), p != Point(1, 2), p == Point(2, 1), p == (1, 2), p is Point(1, 2))
print(p in [Point(0, 0), Point(1, 2)], [Point(1, 2)].index(p))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self):
        return "only-str"
print(OnlyStr(), [type(OnlyStr()).__name__])
class Plain:
    pass
print(Plain() == Plain(), Plain() != Plain())
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
