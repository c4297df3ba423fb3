# Bitwise operators on positive and negative ints (two's-complement semantics), shifts, bit_length, bit_count.
vals = [0, 1, 5, -1, -5, 255, -256, 2 ** 70, -(2 ** 70)]
for v in vals:
    print(v, ~v, v & 0xFF, v | 0x0F, v ^ -1, v >> 1, v >> 3, v << 3)
print(-5 & 3, -5 | 3, -5 ^ 3, -5 & -3, -5 | -3, -5 ^ -3)
print(-1 >> 100, 1 >> 100, -(2 ** 100) >> 99, 1 << 100)
for v in [0, 1, 2, 3, 255, 256, -1, -128, -129, 2 ** 64, -(2 ** 64)]:
    print(v, v.bit_length(), v.bit_count(), bin(v))
print((-1).bit_length(), (10 ** 100).bit_length())
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -2
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & True).__name__, type(True & 1).__name__)
mask = 0
for bit in [0, 3, 5, 64]:
    mask |= 1 << bit
print(mask, hex(mask), [b for b in range(70) if mask >> b & 1])
print(0b1010 & 0b0110, 0o17 | 0o60, 0xF0 ^ 0xFF)
