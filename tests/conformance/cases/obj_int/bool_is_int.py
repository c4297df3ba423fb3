# bool is a subclass of int: arithmetic, repr, sum, indexing, and where bools stay bools.
print(True + True, True * 10, True - False, -True, +True, True / 2, True ** 2)
print(type(True + True).__name__, type(True + 0.5).__name__)
print(sum([True, False, True, True]), sum(x > 2 for x in [1, 2, 3, 4, 5]))
print(isinstance(True, int), issubclass(bool, int), type(True) is bool, bool.__mro__)
print(True == 1, False == 0, True is True, True == 1.0)
print(str(True), repr(False), int(True), float(False), f"{True}", f"{True:d}", f"{True:5}", format(False, ""))
print(["a", "b"][True], ["a", "b"][False], "xyz"[True:])
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool(None), bool(()), bool({}))
print(True & True, True | 0, 1 | True, True ^ 1)
print(max(True, 2), min(False, -1), sorted([True, 0, False, 1, -1]))
print(hash(True), hash(False), hash(True) == hash(1))
print({True: "a", 1: "b", 1.0: "c"})
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length())
print(bool("False"), bool(int("0")), not 0, not "x")
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(True.__class__.__name__, (5 > 3).__class__.__name__, (5 > 3) + 1)
print(bool.__name__, repr(bool), bool(), True and 5, False or "x", 0 or False)
