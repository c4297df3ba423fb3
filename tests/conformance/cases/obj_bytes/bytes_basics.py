# bytes literals, indexing yields ints, slicing yields bytes, repr escapes, iteration, `in`, and immutability.
b = b"Hello\x00\xff\n\t'\"\\"
print(b, len(b), b[0], b[-1], type(b[0]).__name__, b[1:4], b[::-1][:3], list(b[:5]))
print(b"it's", b'say "x"', b"both ' \"", b"\x7f\x80", bytes(3), bytes(), b"" == bytes(0))
print(72 in b, b"ell" in b, b"" in b, b"xyz" in b)
try:
    300 in b
except ValueError as e:
    print(type(e).__name__, e)
try:
    "H" in b
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[100]
except IndexError as e:
    print(type(e).__name__, e)
print(bytes([65, 66, 67]), bytes(range(5)), bytes((0x41,)), bytes(b"copy"), bytes("é", "utf-8"))
for bad in [[256], [-1], ["a"], "str", 1.5]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
print(b"ab" + b"cd", b"ab" * 3, b"a" < b"b", b"abc" < b"abd", b"Z" < b"a", sorted([b"b", b"a", b"B"]))
try:
    b"ab" + "cd"
except TypeError as e:
    print(type(e).__name__, e)
print(b"a b  c".split(), b"a,b".split(b","), b"-".join([b"x", b"y"]), b"  x ".strip(), b"abc".upper(), b"Hi".swapcase())
print(b"hello".find(b"l"), b"hello".count(108), b"hello".replace(b"l", b"L"), b"hello".startswith(b"he"), b"12".isdigit())
print([x for x in b"abc"], sum(b"\x01\x02\x03"), max(b"az"), b"%s-%d" % (b"x", 5))
print(b == b, b"abc" == "abc", hash(b"abc") == hash(b"abc"))
