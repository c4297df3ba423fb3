# int(str, base) parsing: prefixes, underscores, whitespace, signs, base 0, and ValueError messages.
cases = [("42", 10), ("  -42  ", 10), ("+7", 10), ("1_000_000", 10), ("ff", 16), ("FF", 16),
         ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("0b_101", 0), ("101", 2),
         ("z", 36), ("Zz", 36), ("0", 0), ("00", 0), ("12", 3), ("-0x1F", 16), ("\t\n 9\n", 10),
         ("٣", 10), ("１２３", 10)]
for s, base in cases:
    print(repr(s), base, int(s, base))
bad = [("", 10), ("  ", 10), ("1.5", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16),
       ("12", 2), ("08", 0), ("0xg", 0), ("abc", 10), ("+-1", 10), ("1 2", 10), ("9", 8)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
print(int(), int(3.99), int(-3.99), int(True), int("  12_3  "), int(b"42"))
print(int("10", base=16), int(x="11", base=2) if False else int("11", 2))
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
