# Truth values of built-in objects and how if/while/bool/not use them.
values = [0, 1, -1, 0.0, 0.1, 0j, "", " ", "0", [], [0], (), (None,), {}, {0: 0},
          set(), None, range(0), range(1), b"", b"\x00", float("nan"), ..., frozenset()]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(bool(), bool(True), bool("False"))
