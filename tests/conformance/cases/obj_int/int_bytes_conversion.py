# int.to_bytes / int.from_bytes with byteorder and signed, plus their OverflowError messages.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, "big"))
print((255).to_bytes(1, "big"), (0).to_bytes(3, "big"), (1).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(b"\x01\x02"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x00\x01"), "little"))
n = 2 ** 100 + 12345
b = n.to_bytes(13, "big")
print(b, len(b), int.from_bytes(b, "big") == n)
print((2 ** 64 - 1).to_bytes(8, "little"))
for args in [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True), (-129, 1, "big", True)]:
    v, length, order, signed = args
    try:
        print(v.to_bytes(length, order, signed=signed))
    except OverflowError as e:
        print(v, type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print(type(e).__name__, e)
for v in range(-3, 4):
    raw = v.to_bytes(2, "big", signed=True)
    print(v, raw, raw.hex(), int.from_bytes(raw, "big", signed=True))
