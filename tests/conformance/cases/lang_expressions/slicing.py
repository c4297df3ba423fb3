# Slicing with steps, negative indices, out-of-range bounds, and slice assignment.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1])
print(s[8:2:-2], s[-1:-4:-1], s[5:5], s[100:], s[-100:2], s[2:100:50])
print(s[::-3], s[-2::-2], s[3:-3])
t = "Python한글"
print(t[::-1], t[1:4], t[-2:], t[::3])
print((1, 2, 3, 4)[1:3], (1, 2, 3)[::-1], range(10)[2:8:3])
s2 = list(range(6))
s2[1:3] = ["a", "b", "c"]
print(s2)
s2[::2] = [0, 0, 0, 0][:len(s2[::2])]
print(s2)
s2[:] = []
print(s2)
s3 = [1, 2, 3]
s3[len(s3):] = [4, 5]
s3[:0] = [0]
print(s3)
try:
    s3[::2] = [9]
except ValueError as e:
    print("ValueError", e)
try:
    s3[::0]
except ValueError as e:
    print("ValueError", e)
sl = slice(1, None, 2)
print(sl, s[sl], sl.indices(10), slice(5).stop)
try:
    print(s[10])
except IndexError as e:
    print("IndexError", e)
try:
    print("abc"[5])
except IndexError as e:
    print("IndexError", e)
print(s[-10], "abc"[-3])
