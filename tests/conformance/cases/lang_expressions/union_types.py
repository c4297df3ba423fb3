# X | Y on classes (PEP 604): types.UnionType, its repr, equality, flattening, and isinstance/issubclass with unions.
import types
u = int | str
print(u, type(u).__name__, type(u) is types.UnionType, u.__args__)
print(int | None, None | int, list[int] | None, int | str | float)
print(int | int, (int | str) | (float | int), (int | str) == (str | int), (int | str) == (int | float))
print(hash(int | str) == hash(str | int), len({int | str, str | int}))
class Animal: pass
class Dog(Animal): pass
print(Animal | Dog, Dog | None)
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(Dog, Animal | None), issubclass(float, int | str))
for bad in (lambda: int | 3, lambda: "a" | int):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, 3)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(int, 3)
except TypeError as e:
    print("TypeError", e)
def check(value: int | str | None) -> str:
    match value:
        case int() | str():
            return type(value).__name__
    return "none"
print(check(1), check("a"), check(None), check.__annotations__)
