# Dataclass inheritance: field order, overriding defaults, kw_only fields, slots=True, and custom __repr__ kept.
from dataclasses import dataclass, field, KW_ONLY
@dataclass
class Base:
    id: int
    name: str = "base"
@dataclass
class Child(Base):
    extra: list = field(default_factory=lambda: [0])
    name: str = "child"
print(Child(1), Child(2, "n", [5]), Base(3))
@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80
print(Config(host="localhost"), Config(port=8080, host="h"))
try:
    Config("h")
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Mixed(1), Mixed(1, c=9))
@dataclass(slots=True)
class Slim:
    x: int
    y: int = 0
s = Slim(1)
print(s, Slim.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 5
except AttributeError as e:
    print(type(e).__name__, e)
@dataclass
class Custom:
    v: int
    def __repr__(self):
        return f"<Custom {self.v}>"
print(Custom(7), [Custom(1)], Custom(2) == Custom(2))
@dataclass(repr=False)
class NoRepr:
    v: int
print(type(NoRepr(1)).__name__, repr(NoRepr(1)).startswith("<__main__.NoRepr object"))
