# Annotations: __annotations__ on functions, modules and classes; evaluated eagerly in 3.11.
from typing import List, Optional
def f(a: int, b: "str" = "x", *args: float, c: List[int] = None, **kw: dict) -> Optional[bool]:
    return None
print(f.__annotations__)
def g(x, y):
    pass
print(g.__annotations__)
class Config:
    name: str
    retries: int = 3
    ratio: float = 0.5
print(Config.__annotations__)
print(hasattr(Config, "name"), Config.retries)
x: int = 5
y: list[int]
print(__annotations__)
def side_effect():
    print("annotation evaluated")
    return int
def h(p: side_effect()) -> side_effect():
    pass
print(h.__annotations__)
print(f(1), (lambda: 0).__annotations__)
