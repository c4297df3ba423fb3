# match: literal patterns (int, str, None, True, negative, complex), capture and wildcard.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case 2.5:
            return "two and a half"
        case 1 + 2j:
            return "complex"
        case b"raw":
            return "bytes"
        case other if isinstance(other, str):
            return f"other string {other!r}"
        case _:
            return "something else"
for v in [0, 2, -1, "hello", None, True, 1.0, 2.5, 1 + 2j, b"raw", "bye", [1], False, 0.0]:
    print(repr(v), "->", describe(v))
match 42:
    case n:
        print("captured", n)
print("n still bound after match:", n)
