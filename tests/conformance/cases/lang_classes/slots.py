# __slots__: restricts attributes, no __dict__, errors for unknown attributes, inheritance.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print("AttributeError", e)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError", e)
class Child(P):
    pass
c = Child(1, 2)
c.z = 3
print(c.z, vars(c))
class Child2(P):
    __slots__ = ("w",)
c2 = Child2(1, 2)
c2.w = 9
print(c2.x, c2.w, hasattr(c2, "__dict__"))
print(type(P.x).__name__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.other = 2
print(w.a, vars(w))
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError", e)
