# Slice reads, slice assignment (grow/shrink), extended slices with steps, deletion, and the mismatched-length ValueError.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[5:2], a[100:], a[-100:2])
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[:2] = []
print(a)
a[-2:] = "YZ"
print(a)
a[len(a):] = [99]
print(a)
b = list(range(10))
b[::2] = "abcde"
print(b)
b[1::2] = [0] * 5
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[::3] = []
except ValueError as e:
    print(type(e).__name__, e)
b[::-1] = range(10)
print(b)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[-1]
print(c)
del c[:]
print(c)
d = [1, 2, 3]
d[5:10] = [4]
print(d)
d[1:2] = [[5, 6]]
print(d, len(d))
try:
    d[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del d[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    d["a"]
except TypeError as e:
    print(type(e).__name__, e)
s = slice(1, None, 2)
e = list("abcdefg")
print(e[s], e[slice(3)], s.indices(7), slice(-1, None, -1).indices(7), e[slice(None, None, -3)])
try:
    e[::0]
except ValueError as err:
    print(type(err).__name__, err)
