# All string prefix forms: r, b, u, f, rb/br, fr/rf, in any case.
print(r"a\nb", R"a\tb", u"unicode", U"UPPER")
print(b"bytes", B"BY", rb"\x41", Rb"\n", bR"\t", BR"\\", br"raw")
x = 5
print(f"x={x}", F"x={x}", rf"\n{x}", fR"\t{x}", Rf"{x}\d", FR"{x}\\")
print(len(r"\n"), len("\n"), len(rb"\x00"), len(b"\x00"))
print(type(b"").__name__, type(u"").__name__, type(rb"").__name__)
print(r"C:\Users\name", r'\'', len(r'\''))
print("ab" "cd" 'ef', b"ab" b"cd")
print("a" f"{x}" "b" r"\c")
print(repr(b"\x00\x7f\x80\xff"), repr(b"a'b"), repr(b'a"b'), repr(b"a'\"b"))
print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("tab\there"))
print(b"abc"[0], b"abc"[0:1], list(b"hi"))
