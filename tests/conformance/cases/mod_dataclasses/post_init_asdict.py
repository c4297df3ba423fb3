# __post_init__ computed fields, field(init=False, repr=False), asdict/astuple on nested dataclasses, replace, fields.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    secret: str = field(default="hidden", repr=False)
    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError(f"negative size: {self.w}x{self.h}")
        self.area = self.w * self.h
r = Rect(3, 4)
print(r, r.area, r.secret)
try:
    Rect(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)
@dataclass
class Owner:
    name: str
    rects: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
o = Owner("kim", [Rect(1, 2), Rect(2, 2)], {"k": (1, 2)})
print(o)
print(asdict(o))
print(astuple(o))
r2 = replace(r, w=10)
print(r2, r)
print([(f.name, f.type, f.init, f.repr) for f in fields(Rect)])
print(is_dataclass(r), is_dataclass(Rect), is_dataclass(5))
try:
    replace(r, area=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    asdict(Rect)
except TypeError as e:
    print(type(e).__name__, e)
