# Metaclass __getattr__, keywords passed on to a more derived metaclass, class-method binding on subclasses, class __dict__ contents.
class Meta(type):
    def __getattr__(cls, name):
        return f"<{cls.__name__}.{name}>"
class A(metaclass=Meta):
    x = 1
print(A.x, A.missing, type(A).__name__)
class KwMeta(type):
    def __new__(mcls, name, bases, ns, *, tag=None, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tag = tag
        return cls
class Base(metaclass=KwMeta, tag="base"):
    pass
Made = type("Made", (Base,), {"y": 2}, tag="made")
print(type(Made).__name__, Made.tag, Made.y, Base.tag)
class MyDict(dict):
    pass
print(type(MyDict.fromkeys("ab", 0)).__name__, MyDict.fromkeys("ab", 0))
print(type(dict.__dict__["fromkeys"]).__name__, dict.__dict__["fromkeys"])
class Plain:
    x = 1
    def m(self):
        return self.x
print(list(Plain.__dict__))
print(Plain.__dict__["__dict__"], Plain().__weakref__)
class Slotted:
    __slots__ = ("a",)
print(list(Slotted.__dict__))
class FromInt(int):
    pass
class FromExc(Exception):
    pass
print([k for k in FromInt.__dict__ if k.startswith("__") and k.endswith("__")])
print([k for k in FromExc.__dict__ if k.startswith("__") and k.endswith("__")])
p = Plain()
try:
    p.__class__ = int
except TypeError as e:
    print("TypeError", e)
try:
    (1).__class__ = Plain
except TypeError as e:
    print("TypeError", e)
class Other:
    pass
p.__class__ = Other
print(type(p).__name__)
try:
    object.__new__(MyDict)
except TypeError as e:
    print("TypeError", e)
Plain.__doc__ = "set later"
print(Plain.__doc__)
try:
    int.__doc__ = "no"
except TypeError as e:
    print("TypeError", e)
print(int.__doc__.splitlines()[0], object.__doc__.splitlines()[0])
print(Plain.m.__doc__, Plain().m.__doc__)
