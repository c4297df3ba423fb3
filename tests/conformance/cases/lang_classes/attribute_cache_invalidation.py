# The same attribute instructions run again after the classes change under them: class
# attributes replaced, methods patched on the class and on a base, instance attributes
# shadowing methods, properties added later, __class__ reassigned, __slots__ and deletion.
class Base:
    kind = "base"

    def greet(self):
        return "hello from Base"


class Child(Base):
    def __init__(self, n):
        self.n = n


def probe(obj):
    # One LOAD_ATTR, one LOAD_METHOD and one STORE_ATTR site, reused on every call.
    try:
        k = obj.kind
    except AttributeError as e:
        k = f"AttributeError: {e}"
    try:
        g = obj.greet()
    except (AttributeError, TypeError) as e:
        g = f"{type(e).__name__}: {e}"
    try:
        obj.seen = True
        s = "stored"
    except AttributeError as e:
        s = f"AttributeError: {e}"
    return k, g, s


c = Child(1)
print(1, probe(c))
Child.kind = "child"
print(2, probe(c))
Base.greet = lambda self: "patched on Base"
print(3, probe(c))
Child.greet = lambda self: "patched on Child"
print(4, probe(c))
c.greet = lambda: "shadowed on the instance"
print(5, probe(c))
del c.greet
print(6, probe(c))
del Child.greet
print(7, probe(c))
del Child.kind
print(8, probe(c))
Base.kind = property(lambda self: f"property of n={self.n}")
print(9, probe(c))
Base.kind = "plain again"
print(10, probe(c))


class Other:
    kind = "other"

    def greet(self):
        return "hello from Other"


c.__class__ = Other
print(11, probe(c), vars(c))


class Slotted:
    __slots__ = ("kind",)

    def greet(self):
        return "slotted"


s = Slotted()
print(12, probe(s))
s.kind = "in a slot"
print(13, probe(s))
del Base.kind
print(14, probe(Child(2)))
Base.greet = 42
print(15, probe(Child(3)))


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    kind = "meta class attr"

    def greet(self):
        return "meta instance"


for obj in [WithMeta(), WithMeta, Child(4), 7, "text"]:
    print(16, type(obj).__name__, probe(obj))
