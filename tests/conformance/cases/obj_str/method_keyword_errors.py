# Keyword arguments given to str, bytes and bytearray methods that take none,
# called the usual way (value.method(...)): CPython names the method with its
# type ("str.replace()", "bytes.find()"). Count errors name some bare
# ("replace expected at least 2 arguments"). Also the one str hash every
# CPython agrees on: the empty string's.
calls = [
    lambda: "abc".replace("a", "b", count=1), lambda: "abc".center(5, fillchar="*"),
    lambda: "abc".ljust(5, fill="-"), lambda: "abc".rjust(5, x=1), lambda: "abc".zfill(width=5),
    lambda: "abc".find("a", start=1), lambda: "abc".rfind("a", x=1),
    lambda: "abc".index("a", x=1), lambda: "abc".count("a", x=1),
    lambda: "abc".startswith("a", start=0), lambda: "abc".endswith("c", x=1),
    lambda: "abc".partition(sep="b"), lambda: "-".join(iterable=[]),
    lambda: "abc".strip(chars="a"), lambda: "abc".lstrip(x=1), lambda: "abc".rstrip(x=1),
    lambda: "abc".upper(x=1), lambda: "abc".isdigit(x=1),
    lambda: b"abc".replace(b"a", b"b", count=1), lambda: b"abc".center(5, fillchar=b"*"),
    lambda: b"abc".strip(chars=b"a"), lambda: b"abc".find(b"a", start=1),
    lambda: b"abc".count(b"a", x=1), lambda: bytearray(b"abc").replace(b"a", b"b", count=1),
    lambda: bytearray(b"abc").ljust(5, x=1), lambda: bytearray(b"abc").rstrip(x=1),
    lambda: bytearray(b"abc").startswith(b"a", x=1),
    lambda: "abc".center(), lambda: "abc".replace("a"), lambda: "abc".find(),
    lambda: "abc".zfill(), lambda: "abc".strip(1, 2), lambda: "-".join(),
    lambda: b"abc".replace(b"a"), lambda: b"abc".ljust(),
]
for call in calls:
    try:
        print("returned", call())
    except TypeError as e:
        print(e)

print(hash(""), hash(b""), hash("") == hash(b""), {"": 1}[""])
