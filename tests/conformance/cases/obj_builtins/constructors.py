# Builtin type constructors called with no/various arguments: int, float, str, bool, list, tuple, dict, set, frozenset, complex.
print(repr(int()), repr(float()), repr(str()), repr(bool()), list(), tuple(), dict(), set(), frozenset(), complex())
print(int("0b11", 0), int(" 7 "), int(7.9), int(-7.9), float("1e3"), float(" -inf "), str(3.0), str([1, "a"]), bool("0"))
print(list("abc"), list((1, 2)), list({1: "a", 2: "b"}), list({5}), list(range(2)), list(x * 2 for x in "ab"))
print(tuple("ab"), tuple([1, [2]]), dict([("a", 1)]), dict(a=1), dict(zip("xy", (1, 2))), dict({1: 2}))
print(set("aab") == {"a", "b"}, set([3, 1, 3]), frozenset(range(3)), set({1: 2}), sorted(set("bca")))
print(complex(1), complex(1, 2), complex("3+4j"), complex("  -1.5e2-2j "), complex(" 1j"), complex(-0.0, -0.0))
for call in [lambda: complex("1 + 2j"), lambda: complex("x"), lambda: dict([1]), lambda: dict(1), lambda: list(1),
             lambda: tuple(None), lambda: set(5), lambda: int("1e3"), lambda: str(b"x", "bogus"), lambda: bool(1, 2)]:
    try:
        print(call())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
print(type(int("5")) is int, int.__name__, float.__name__, type(dict()).__name__, list.__name__)
print(str(b"bytes"), str(1 + 0j), str(None), str(str), str(...), repr(str(123)))
