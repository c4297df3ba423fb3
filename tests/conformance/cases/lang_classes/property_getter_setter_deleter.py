# property: getter, setter with validation, deleter, read-only property, computed values.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        print("  get celsius")
        return self._c
    @celsius.setter
    def celsius(self, value):
        print("  set celsius", value)
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("  delete celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 50
except AttributeError as e:
    print("AttributeError", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError", e)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
class NoDeleter:
    @property
    def x(self):
        return 1
n = NoDeleter()
try:
    del n.x
except AttributeError as e:
    print("AttributeError", e)
class Legacy:
    def _get(self): return "legacy"
    value = property(_get, doc="old style")
print(Legacy().value, Legacy.value.__doc__)
