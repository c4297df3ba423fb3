# isinstance/issubclass with tuples, nested tuples, builtins, bool-is-int, and errors.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance(None, type(None)), isinstance(A, type), isinstance(type, object), isinstance(object, type))
print(issubclass(B, (C, A)), issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance([], list), isinstance((), list), isinstance("s", str), isinstance(b"s", str))
try:
    isinstance(b, b)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError", e)
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))
print(type(int | str).__name__, int | str)
