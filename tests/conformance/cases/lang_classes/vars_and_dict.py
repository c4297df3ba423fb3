# vars(), __dict__, dir() of classes and instances (filtered to avoid version-specific names).
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def describe(self):
        return self.name
class Square(Shape):
    sides = 4
    def area(self, s):
        return s * s
sq = Square("sq")
sq.color = "red"
print(vars(sq))
print(sorted(k for k in vars(Square) if not k.startswith("__")))
print(sorted(k for k in vars(Shape) if not k.startswith("__")))
print([k for k in dir(sq) if not k.startswith("_")])
print(type(Square.__dict__).__name__, "area" in Square.__dict__, "describe" in Square.__dict__)
sq.__dict__["direct"] = 1
print(sq.direct)
try:
    Square.__dict__["x"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
print(Square.__dict__["sides"], Shape.__dict__["sides"])
print(Square.__doc__, Square.__module__)
