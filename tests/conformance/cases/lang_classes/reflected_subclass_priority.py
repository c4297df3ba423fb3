# Reflected operator priority: a subclass's __radd__ is tried before the base's __add__.
class Base:
    def __add__(self, other):
        return f"Base.__add__({type(other).__name__})"
    def __radd__(self, other):
        return f"Base.__radd__({type(other).__name__})"
class Sub(Base):
    def __radd__(self, other):
        return f"Sub.__radd__({type(other).__name__})"
print(Base() + Base())
print(Base() + Sub())
print(Sub() + Base())
print(1 + Base(), 1 + Sub())
class Num(int):
    def __radd__(self, other):
        return f"Num.__radd__({other})"
    def __add__(self, other):
        return f"Num.__add__({other})"
print(5 + Num(1), Num(1) + 5)
class Eq:
    def __eq__(self, other):
        print("  Eq.__eq__ called")
        return True
print(1 == Eq(), Eq() == 1, "x" != Eq())
