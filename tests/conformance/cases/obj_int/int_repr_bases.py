# str/repr/hex/oct/bin of ints (incl. negatives and big ones) and format() base conversions.
for v in [0, 1, -1, 10, 255, -255, 4096, 2 ** 64, -(2 ** 70)]:
    print(str(v), repr(v), hex(v), oct(v), bin(v))
for v in [0, 10, -10, 255]:
    print(format(v, "x"), format(v, "X"), format(v, "#x"), format(v, "#X"), format(v, "o"), format(v, "#o"), format(v, "b"), format(v, "#b"))
print(format(255, "08b"), format(255, "#010b"), format(-5, "08b"), format(-5, "#08b"))
print(format(1234567, ","), format(1234567, "_"), format(0xDEADBEEF, "_x"), format(255, "_b"))
print(0x10, 0o10, 0b10, 1_000, 0x_FF, 0XAB, 0O7, 0B1)
print(hex(0), oct(0), bin(0), hex(-0))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("3")
except TypeError as e:
    print(type(e).__name__, e)
class Index:
    def __index__(self):
        return 42
print(hex(Index()), bin(Index()), oct(Index()), range(100)[Index()], len("ab" * Index()), [1, 2, 3] * 0 == [])
print(str(10 ** 30), len(repr(-(10 ** 30))))
print(int(str(2 ** 200)) == 2 ** 200, int(hex(2 ** 200), 16) == 2 ** 200, int(bin(-77), 0))
