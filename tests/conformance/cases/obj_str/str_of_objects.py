# str() and repr() of various objects: numbers, containers, None, bools, classes, types, exceptions, ranges, slices.
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Pt({self.x!r}, {self.y!r})"
class Named:
    def __str__(self):
        return "I am Named"
objs = [42, -3.5, 1 + 2j, 2j, -0j, True, None, "s", b"b", bytearray(b"ba"), [1, "a"], (1,), (), {1: "a"}, set(), {3, 1, 2},
        frozenset(), frozenset({5}), range(5), range(1, 10, 2), slice(1, 5), slice(None), Pt(1, "y"), [Pt(0, 0)],
        int, str, type, object, Pt, ValueError("bad"), KeyError("k"), KeyError(), ValueError(), ValueError(1, 2),
        Exception("a", "b"), StopIteration(5), NotImplemented, Ellipsis, ..., type(None)]
for o in objs:
    print(type(o).__name__, "|", str(o), "|", repr(o))
print(str(Named()), [Named()].__len__(), f"{Named()}")
print(str(), str(""), str(1e100), str([None, True]), str({"a": [1, {"b": ()}]}))
print(str(b"\xff", "latin-1"), repr(str), repr(Pt.__init__.__name__), Pt.__name__, Pt.__qualname__, Pt.__module__)
