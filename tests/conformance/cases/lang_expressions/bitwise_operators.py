# Bitwise operators on ints, negative numbers, bools and sets.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2, bin(a & b))
print(-8 >> 1, -1 >> 10, -5 & 0xFF, ~0, ~-1, 1 << 64)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
print({1, 2, 3} & {2, 3, 4}, {1, 2} | {3}, {1, 2, 3} ^ {3, 4}, {1, 2, 3} - {2})
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (7).bit_count())
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(1.5 & 1)
except TypeError as e:
    print("TypeError", e)
