# Class decorators, class-level registries, and decorating methods (including classmethod stacking).
import functools
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def logged(method):
    @functools.wraps(method)
    def wrapper(self, *args):
        print(f"  calling {type(self).__name__}.{method.__name__}{args}")
        return method(self, *args)
    return wrapper
@register
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @logged
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    @classmethod
    @functools.cache
    def origin(cls):
        print("  creating origin once")
        return cls(0, 0)
@register
class Other:
    pass
p = Point(1, 2)
print(p, p.move(3, 4), Point.registered, registry)
print(Point.origin() is Point.origin(), Point.origin())
print(Point.move.__name__, Point.move.__wrapped__.__name__)
