# Class patterns: keyword attributes, positional via __match_args__, dataclasses, builtins.
from dataclasses import dataclass
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
@dataclass
class Circle:
    center: Point
    radius: float
@dataclass
class Rect:
    w: int
    h: int
def area(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=cx), radius=r) if r > 5:
            return f"big circle x={cx} r={r}"
        case Circle():
            return "some circle"
        case Rect(w, h) if w == h:
            return f"square {w}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case Point(x, y):
            return f"point {x},{y}"
        case _:
            return "unknown"
for s in [Circle(Point(0, 0), 1), Circle(Point(3, 4), 10), Circle(Point(1, 1), 2),
          Rect(3, 3), Rect(2, 5), Point(7, 8), "nope"]:
    print(area(s))
print(Rect.__match_args__, Circle.__match_args__)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError", e)
class TooFew:
    __match_args__ = ("a",)
    a = 1
try:
    match TooFew():
        case TooFew(x, y):
            pass
except TypeError as e:
    print("TypeError", e)
