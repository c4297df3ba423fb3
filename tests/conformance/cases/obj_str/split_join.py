# split/rsplit with and without sep and maxsplit (whitespace rules differ), splitlines, and join errors.
texts = ["a b  c", "  leading and trailing  ", "a,b,,c,", ",", "", "   ", "one\ttwo\nthree\r\nfour\x0bfive\x0c six", "a\u3000b\xa0c"]
for t in texts:
    print(repr(t), t.split(), t.split(" "), t.split(","), t.split(None, 1), t.rsplit(None, 1), t.split(" ", 1), t.rsplit(",", 1))
print("a-b-c-d".split("-", 2), "a-b-c-d".rsplit("-", 2), "a-b-c-d".split("-", 0), "a-b-c-d".split("-", -1))
print("abcabc".split("bc"), "aaa".split("a"), "aaaa".split("aa"), "x".split("x"))
print(" a b ".split(maxsplit=1), " a b ".rsplit(maxsplit=1), "  a  b  c  ".split(None, 2))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
lines = "first\nsecond\r\nthird\rfourth\n\nsixth\x1cseventh\u2028eighth\n"
print(lines.splitlines(), lines.splitlines(True), lines.split("\n"))
print("".splitlines(), "\n".splitlines(), "x\n".splitlines(), "x\n\n".splitlines(keepends=True))
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(5)), "🐍".join("ab"), " ".join([]))
print(",".join({"k1": 1, "k2": 2}), "+".join(("x",)), "\n".join(["l1", "l2"]))
for bad in [[1, 2], ["a", None], [b"x"]]:
    try:
        "-".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "-".join(5)
except TypeError as e:
    print(type(e).__name__, e)
