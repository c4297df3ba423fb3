# Builtin class patterns like int(x), str(), list(), bool — self-matching positional argument.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case list():
            return "empty list"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case _:
            return "other " + type(v).__name__
for v in [True, -5, 5, 1.5, "", "hi", [9, 8], [], (1, 2), (1, 2, 3), {"a": 1}, None]:
    print(repr(v), "->", kind(v))
