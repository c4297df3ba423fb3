# Instantiating classes: __init__ arguments and their errors, None-only results, tracebacks,
# f_back, super(), __new__, metaclasses, ABCs, __slots__, a replaced __init__, recursion levels.
import sys
from abc import ABC, abstractmethod


class Point:
    count = 0

    def __init__(self, x, y=0, *, label="p"):
        Point.count += 1
        self.x, self.y, self.label = x, y, label

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.label!r})"


print(Point(1), Point(2, 3), Point(4, label="q"), Point(y=5, x=6), Point.count)
print(Point(*[7, 8]), Point(**{"x": 9, "label": "kw"}))

for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, label=2, x=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class ReturnsValue:
    def __init__(self):
        return 42


try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)


class GeneratorInit:
    def __init__(self):
        yield 1


try:
    GeneratorInit()
except TypeError as e:
    print("TypeError:", e)


class Fails:
    def __init__(self, n):
        self.n = n
        if n > 1:
            raise ValueError(f"bad {n}")


def make(n):
    return Fails(n)


try:
    make(5)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("ValueError", e, names)


class Caller:
    def __init__(self):
        frame = sys._getframe()
        print("init frame:", frame.f_code.co_name, "called from", frame.f_back.f_code.co_name)


def build():
    return Caller()


build()


class Base:
    def __init__(self, a):
        print("Base.__init__", type(self).__name__, a)
        self.a = a


class Child(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


class Inherits(Base):
    pass


c = Child(1, 2)
print(vars(c), vars(Inherits(3)))


class WithNew:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, v):
        print("__init__", v)


WithNew(10)


class Other:
    pass


class NewReturnsOther:
    def __new__(cls):
        return Other()

    def __init__(self):
        print("never runs")


print(type(NewReturnsOther()).__name__)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class Managed(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(Managed(11).v)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def __init__(self, name):
        self.name = name


try:
    Shape("s")
except TypeError as e:
    print("TypeError:", e)


class Square(Shape):
    def area(self):
        return 4


print(Square("sq").name, Square("sq").area())


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


s = Slotted(1, 2)
print(s.a, s.b, hasattr(s, "__dict__"))


class Swapped:
    def __init__(self):
        self.v = "first"


print(Swapped().v)


def other_init(self):
    self.v = "second"


Swapped.__init__ = other_init
print(Swapped().v)
Swapped.__init__ = staticmethod(lambda *a: None)
print(vars(Swapped()))


class CallableInit:
    class _Init:
        def __get__(self, obj, cls):
            return lambda: print("descriptor __init__ for", type(obj).__name__)

    __init__ = _Init()


CallableInit()


class NoArgs:
    pass


try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)


class RebindsSelf:
    def __init__(self):
        self.tag = "kept"
        self = None


print(RebindsSelf().tag)


class Recursive:
    levels = 0

    def __init__(self):
        Recursive.levels += 1
        Recursive()


def plain(n):
    global plain_levels
    plain_levels += 1
    plain(n + 1)


plain_levels = 0
try:
    plain(0)
except RecursionError as e:
    print("plain:", e)
try:
    Recursive()
except RecursionError as e:
    print("class:", e)
print("each class call takes two levels:", plain_levels - 2 * Recursive.levels in (0, 1, -1))


class Handled:
    def __init__(self, n):
        try:
            if n:
                Handled(n - 1)
            else:
                raise KeyError("deep")
        except KeyError as e:
            print("caught at", n, repr(e))
            if n < 2:
                raise


try:
    Handled(3)
except KeyError:
    print("not reached")
print("done")
