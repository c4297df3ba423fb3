# Exact messages of common built-in errors, caught and printed (each case is a small lambda).
import math
class Holder:
    pass
def set_real():
    (1).real = 2
def call_int():
    x = 1
    return x()
k_float, k_none = 1.0, None
tests = [
    ("[1, 2, 3][5]", lambda: [1, 2, 3][5]),
    ("(1,)[-2]", lambda: (1,)[-2]),
    ("'abc'[10]", lambda: "abc"[10]),
    ("{'a': 1}['b']", lambda: {"a": 1}["b"]),
    ("int('x1')", lambda: int("x1")),
    ("float('abc')", lambda: float("abc")),
    ("1 / 0", lambda: 1 / 0),
    ("5 % 0", lambda: 5 % 0),
    ("None.upper()", lambda: None.upper()),
    ("'abc'.foo", lambda: "abc".foo),
    ("[].push(1)", lambda: [].push(1)),
    ("len(5)", lambda: len(5)),
    ("'a' + 1", lambda: "a" + 1),
    ("1 + 'a'", lambda: 1 + "a"),
    ("[1] * 'a'", lambda: [1] * "a"),
    ("abs('x')", lambda: abs("x")),
    ("int(None)", lambda: int(None)),
    ("undefined_var", lambda: undefined_var),
    ("{}.pop('k')", lambda: {}.pop("k")),
    ("[].pop()", lambda: [].pop()),
    ("set().pop()", lambda: set().pop()),
    ("[1, 2].remove(3)", lambda: [1, 2].remove(3)),
    ("'x'.join([1, 2])", lambda: "x".join([1, 2])),
    ("chr(-1)", lambda: chr(-1)),
    ("ord('ab')", lambda: ord("ab")),
    ("range(1.5)", lambda: range(1.5)),
    ("list(5)", lambda: list(5)),
    ("dict([1, 2])", lambda: dict([1, 2])),
    ("tuple(None)", lambda: tuple(None)),
    ("next(iter([]))", lambda: next(iter([]))),
    ("int('99', 2)", lambda: int("99", 2)),
    ("'abc'.index('d')", lambda: "abc".index("d")),
    ("hash([])", lambda: hash([])),
    ("sorted([1, 'a'])", lambda: sorted([1, "a"])),
    ("min([])", lambda: min([])),
    ("max()", lambda: max()),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("[1, 2][1.0]", lambda: [1, 2][k_float]),
    ("'abc'[None]", lambda: "abc"[k_none]),
    ("{'a': 1}['a'] + 'b'", lambda: {"a": 1}["a"] + "b"),
    ("(1).real = 2", set_real),
    ("x = 1; x()", call_int),
    ("print(1, 2, sep=3)", lambda: print(1, 2, sep=3)),
    ("math.sqrt(-1)", lambda: math.sqrt(-1)),
    ("math.log(0)", lambda: math.log(0)),
    ("' '.join(['a', None])", lambda: " ".join(["a", None])),
    ("bytes('abc')", lambda: bytes("abc")),
    ("round('1.5')", lambda: round("1.5")),
    ("object().x", lambda: object().x),
    ("Holder().missing", lambda: Holder().missing),
    ("Holder.missing", lambda: Holder.missing),
    ("str.upper(5)", lambda: str.upper(5)),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("[1, 2, 3][1:2:0]", lambda: [1, 2, 3][1:2:0]),
    ("int('')", lambda: int("")),
    ("float('1,5')", lambda: float("1,5")),
    ("list.append()", lambda: list.append()),
    ("'abc'.split(1)", lambda: "abc".split(1)),
]
for src, fn in tests:
    try:
        fn()
        print(src, "-> no error")
    except Exception as e:
        print(f"{src:28} -> {type(e).__name__}: {e}")
