# Arbitrary-precision int arithmetic: factorials, powers, big products and divisions.
f = 1
for i in range(1, 31):
    f *= i
    if i % 5 == 0:
        print(i, f)
print(2 ** 100)
print(2 ** 1000)
print(len(str(2 ** 1000)), sum(int(d) for d in str(2 ** 1000)))
print(-(2 ** 64), (-2) ** 63, (-2) ** 64)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(b // a, b % a, divmod(b, a))
print(a - b, b - a, -a - b)
print((a * b) // b == a, (a * b) % a)
print(10 ** 40 // 7, 10 ** 40 % 7)
print(-(10 ** 40) // 7, -(10 ** 40) % 7)
print(10 ** 40 // -7, 10 ** 40 % -7)
print(3 ** 200 - 3 ** 199 * 3)
print(2 ** 64 - 1, 2 ** 63 - 1, -(2 ** 63))
print(2 ** 62 + 2 ** 62, (2 ** 62 + 2 ** 62) * 2)
x = 1
for _ in range(10):
    x = x * 1000003 + 7
print(x)
print(x.bit_length(), x % 1000003)
fib = [0, 1]
while len(fib) < 150:
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[149])
print(abs(-(10 ** 30)), -(-(10 ** 30)))
print(10 ** 30 == 10.0 ** 30, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(type(2 ** 100).__name__, type(2 ** -1).__name__, 2 ** -1, 2 ** -10)
print(7 ** 0, 0 ** 0, (-1) ** 1001, 1 ** 10000)
print(10 ** 20 / 3, (10 ** 50) / (10 ** 49))
print(int(1e20), int(1e22), int(1e23))
