# abs/round/divmod/pow builtins across int, float, bool, complex; __abs__ on user classes; errors.
print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(True), abs(-10 ** 30), abs(3 + 4j), abs(-1j), abs(float("-inf")))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, 5), divmod(10 ** 20, 7), divmod(True, 2))
print(pow(2, 8), pow(2.0, 8), pow(2, -2), pow(-2, 0.5), pow(9, 0.5), pow(5, 3, 7), pow(1j, 2))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(12345, -2), round(0.5 + 1e-9))
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
print(abs(Vec(3, 4)), round(Vec(1.26, 2.71), 1), round(Vec(1.5, 2.5)))
for call in [lambda: abs("x"), lambda: divmod(1, "a"), lambda: divmod(1j, 2), lambda: pow("2", 2), lambda: round(None)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print((-7) // 2, -7 // 2, -(7 // 2), 7 % -3, complex(1, 2) * 1j, (1 + 2j).conjugate(), (3 + 4j).real, (3 + 4j).imag)
