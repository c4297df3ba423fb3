# @dataclass(order=True, frozen=True): comparisons by field tuple, sorting, hashing, FrozenInstanceError messages.
from dataclasses import dataclass, field, FrozenInstanceError
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2, "b"), Version(0, 9), Version(1, 0, "a"), Version(1, 2, "a")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) > Version(1, 99), Version(1, 2, "x") == Version(1, 2, "y"), max(vs))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(frozen=True)
class Point:
    x: int
    y: int
p = Point(1, 2)
print(p, hash(p) == hash(Point(1, 2)), {p: "here"}[Point(1, 2)], len({Point(0, 0), Point(0, 0)}))
try:
    p.x = 10
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del p.y
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    p.z = 1
except FrozenInstanceError as e:
    print(type(e).__name__, e)
@dataclass
class Mutable:
    v: int
try:
    hash(Mutable(1))
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
try:
    @dataclass(order=True, eq=False)
    class Weird:
        v: int
except ValueError as e:
    print(type(e).__name__, e)
