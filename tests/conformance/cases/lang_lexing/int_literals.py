# Integer literals: decimal, underscores, hex/octal/binary, big ints, bool arithmetic.
print(0, 7, 1_000_000, 0_0, 00)
print(0x1F, 0XfF, 0x_dead_beef, 0xDEADBEEF)
print(0o17, 0O777, 0o1_0)
print(0b1010, 0B1111_0000, 0b0)
print(123456789012345678901234567890)
print(2 ** 100, -2 ** 63, (-2) ** 63)
print(type(1_0).__name__, type(0x10).__name__)
print(True + True, True * 10, False - 1)
print(hex(255), oct(8), bin(10), hex(-255), bin(-5))
print(int("1_000"), int("0x1f", 16), int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("z", 36))
print(int(" 42 "), int("-7"), int("+8"))
for s in ["1__0", "0x", "12a", "", "1.5"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError", e)
print(1_2_3 + 0x_1 + 0o_1 + 0b_1)
print(0xff == 255 == 0o377 == 0b11111111)
