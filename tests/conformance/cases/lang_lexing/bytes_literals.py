# Bytes literals and basic operations on them.
b = b"Hello\x00World"
print(b, len(b), b[0], b[-1], b[:5])
print(b.upper(), b.split(b"\x00"), b.hex(), bytes.fromhex("48 69"))
print(bytes(3), bytes([65, 66, 67]), bytearray(b"abc"))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc")
print("한글".encode("utf-8"), b"\xed\x95\x9c".decode("utf-8"))
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
print(repr(bytes(range(0, 256, 17))))
