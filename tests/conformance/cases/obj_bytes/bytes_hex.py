# bytes.hex (with separators), bytes.fromhex (whitespace rules and errors), hex round trips.
data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(" "), data.hex(":", 2), data.hex("-", -2), data.hex(" ", 4))
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad  be ef"), bytes.fromhex("DEAD"), bytes.fromhex(""), bytes.fromhex(" 0a\n0b "))
for bad in ["abc", "zz", "de:ad", "0x12", "d e"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(bytearray.fromhex("ff 00"), "안녕".encode().hex(), bytes.fromhex("ec9588eb8595").decode())
print(b"".hex(), b"\x00".hex(), bytearray(b"\xab\xcd").hex("_"))
try:
    b"ab".hex("::")
except ValueError as e:
    print(type(e).__name__, e)
