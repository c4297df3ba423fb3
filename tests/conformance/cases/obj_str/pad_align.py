# center/ljust/rjust/zfill/expandtabs: odd padding splits, fill characters, signs in zfill, tab columns.
for w in range(0, 10):
    print(repr("ab".center(w)), repr("abc".center(w, "*")), repr("ab".ljust(w, "-")), repr("ab".rjust(w, ".")))
print(repr("x".center(4)), repr("x".center(5)), repr("xy".center(5)), repr("xy".center(3)), repr("".center(3, "🐍")))
for s in ["42", "-42", "+42", "3.14", "-", "abc", "", "--5", "파이"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".ljust(5, "")
except TypeError as e:
    print(type(e).__name__, e)
for t in ["a\tb\tc", "abcd\te", "\t", "12345678\tx", "a\tbc\tdef\tghij\t|", "x\ny\tz", "한\t글"]:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)))
