# str.encode / bytes.decode with utf-8 (Korean, emoji), other codecs, and error handlers and their messages.
s = "안녕 hi 🐍 é"
b = s.encode("utf-8")
print(b, len(s), len(b), b.decode("utf-8") == s, s.encode() == b)
print(s.encode("utf-16-le")[:8], "é".encode("latin-1"), "abc".encode("ascii"), s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
bad = b"ok \xed\x95 \xff end"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(errors, repr(bad.decode("utf-8", errors)))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(e.start, e.end, e.reason, e.encoding)
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print("가".encode("utf-8"), "가".encode("utf-8").hex(" "), bytes([0xea, 0xb0, 0x80]).decode(), "€".encode("utf-8"))
print([len(c.encode()) for c in "aé가🐍"], "caf\u00e9".encode() == "café".encode(), "cafe\u0301" == "café")
print(b"abc".decode(), str(b"abc"), str(b"abc", "utf-8"), str(bytearray(b"x"), encoding="ascii"))
