# range objects: repr, len, indexing, slicing to new ranges, negative steps, `in`, index/count, equality, errors.
rs = [range(5), range(2, 10), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(-3, 3), range(0, -10, -3), range(1, 2, 5)]
for r in rs:
    print(repr(r), len(r), list(r), r[0] if r else None, r[-1] if r else None, bool(r))
r = range(0, 100, 7)
print(r[3], r[-2], r[2:5], r[::-1], r[::3], r[5:1:-1], r[100:], r[-3:])
print(49 in r, 50 in r, -7 in r, 7.0 in r, "7" in r, r.index(49), r.count(49), r.count(50))
try:
    r.index(50)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
print(range(0) == range(2, 2), range(0, 3) == range(0, 4, 3), range(1, 7, 3) == range(1, 6, 3), range(3) == [0, 1, 2])
print(r.start, r.stop, r.step, range(7).step, range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print(type(e).__name__, e)
print(list(reversed(range(1, 6))), sum(range(101)), max(range(-5, 5, 2)), list(range(3))[::-1])
big = range(-(10 ** 18), 10 ** 18, 3)
print(len(big), big[12345], 10 ** 17 in big, (10 ** 17 + 1) in big)
print(hash(range(3)) == hash(range(0, 3, 1)), range(0, 3, 2) == range(0, 4, 2))
