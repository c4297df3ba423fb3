# isinstance/issubclass with tuples and unions, type() of values, class hierarchies, and their TypeErrors.
class Animal: pass
class Dog(Animal): pass
class Puppy(Dog): pass
d = Puppy()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, (int, str)), isinstance(d, (int, Animal)), isinstance(d, object))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(bool, (str, int)), issubclass(int, object))
print(isinstance(3, int | str), isinstance("s", int | None), isinstance(None, int | None), issubclass(bool, int | float))
print(type(d).__name__, type(d) is Puppy, type(d) == Dog, type(d).__bases__, Puppy.__mro__)
for v in [1, 1.0, "s", b"b", None, [], (), {}, set(), True, 1j, range(1), type, len, abs, print, Animal, ValueError()]:
    print(type(v).__name__, isinstance(v, type))
print(type(type), type(int), type(None), type(...), type(NotImplemented))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(1.0, (int, float)), isinstance([], list))
for call in [lambda: isinstance(1, 2), lambda: isinstance(1, "int"), lambda: issubclass(1, int), lambda: issubclass(int, [int])]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
Point = type("Point", (), {"x": 0, "show": lambda self: f"P{self.x}"})
p = Point()
p.x = 5
print(Point.__name__, p.show(), isinstance(p, Point), type(p).__name__, Point.x)
