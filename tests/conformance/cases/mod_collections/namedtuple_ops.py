# collections.namedtuple: repr, field access, _asdict, _replace, _fields, _make, defaults, unpacking, and errors.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), len(p), tuple(p), isinstance(p, tuple))
x, y = p
print(x, y, p._asdict(), p._replace(x=10), p, Point._fields, Point._make([5, 6]))
Person = namedtuple("Person", "name age city", defaults=["Seoul"])
k = Person("Kim", 30)
print(k, Person("Lee", 25, "Busan"), Person._field_defaults, Person(name="Park", age=40))
Renamed = namedtuple("Renamed", ["a", "def", "a", "_x"], rename=True)
print(Renamed._fields, Renamed(1, 2, 3, 4))
for call in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: p._replace(z=1), lambda: namedtuple("Bad", ["1x"]),
             lambda: namedtuple("Bad", ["a", "a"]), lambda: setattr(p, "x", 5), lambda: Point(1, 2, x=3)]:
    try:
        print(call())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(1, 9), Point(2, 0)))
print(Point.__name__, type(p).__name__, Point.x.__doc__, Point.__doc__)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
print(Vec(1, 2) + Vec(3, 4), Vec(1, 2)._asdict())
