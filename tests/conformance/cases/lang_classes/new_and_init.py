# __new__ vs __init__: order, immutable subclasses (int, str, tuple), __init__ skipped if __new__ returns other type.
class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        print("__init__", v)
        self.v = v
t = Traced(5)
print(t.v)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", isinstance(u, str), len(u))
class Celsius(float):
    def __repr__(self):
        return f"{float(self)}°C"
c = Celsius(21.5)
print(repr(c), c + 1, type(c + 1).__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), type(p).__name__)
class Odd:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(Odd())
class Even(int):
    def __init__(self, v):
        print("Even.__init__", v)
print(Even(4) + 1)
