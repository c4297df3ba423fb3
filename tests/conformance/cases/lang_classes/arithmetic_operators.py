# Arithmetic dunders: __add__/__radd__/__iadd__, NotImplemented fallback, unary ops, sum() with __radd__.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        print("  __add__")
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__", other)
        if other == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b)
print(a * 3, 3 * a, -a, abs(b))
print(sum([a, b, Vec(10, 10)]))
try:
    a + 1
except TypeError as e:
    print("TypeError", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError", e)
c = a
c += b
print(c, a, c is a)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        print("  __iadd__")
        self.items.append(item)
        return self
    def __repr__(self):
        return f"Acc{self.items}"
acc = Acc()
alias = acc
acc += 1
acc += 2
print(acc, alias is acc)
class Weird:
    def __iadd__(self, other):
        return "iadd returned a string"
w = Weird()
w += 1
print(w)
class Money:
    def __init__(self, v): self.v = v
    def __sub__(self, o): return Money(self.v - o.v)
    def __truediv__(self, k): return Money(self.v / k)
    def __floordiv__(self, k): return Money(self.v // k)
    def __mod__(self, k): return Money(self.v % k)
    def __pow__(self, k): return Money(self.v ** k)
    def __repr__(self): return f"Money({self.v})"
m = Money(10)
print(m - Money(3), m / 4, m // 3, m % 3, m ** 2)
try:
    m + m
except TypeError as e:
    print("TypeError", e)
try:
    2 - m
except TypeError as e:
    print("TypeError", e)
