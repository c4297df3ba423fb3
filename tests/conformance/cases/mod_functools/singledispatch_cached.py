# functools.singledispatch dispatch on type (incl. registry lookups for subclasses) and cached_property.
from functools import singledispatch, cached_property
@singledispatch
def describe(x):
    return f"object of type {type(x).__name__}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(str)
def _(x):
    return f"str {x!r}"
for v in [1, True, "hi", [1, 2], 3.5, None, (1,)]:
    print(describe(v))
print(describe.dispatch(bool).__name__, describe.dispatch(float).__name__, sorted(t.__name__ for t in describe.registry))
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area)
print(c.area)
print("area" in vars(c))
del c.area
print(c.area)
c.r = 10
print(c.area)
