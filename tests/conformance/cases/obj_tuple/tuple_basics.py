# Tuples: packing/unpacking, single-element repr, empty tuple, count/index, concatenation, immutability errors.
t = 1, 2, 3
single = 5,
not_tuple = (5)
empty = ()
print(t, single, not_tuple, empty, type(single).__name__, type(not_tuple).__name__, len(empty))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(range(3)), tuple({3: 0, 1: 0}), (1,) * 3, (1, 2) + (3,))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = "hello"
print(first, rest, type(rest).__name__)
*init, tail = (1,)
print(init, tail)
for bad in [(1, 2, 3), (1,)]:
    try:
        p, q = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    p, q = 5
except TypeError as e:
    print(type(e).__name__, e)
tt = (1, 2, 2, 3, 2)
print(tt.count(2), tt.index(2), tt.index(2, 2), tt.index(3))
try:
    tt.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    tt[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del tt[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    tt.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    tt[9]
except IndexError as e:
    print(type(e).__name__, e)
holder = ([1], [2])
holder[0].append(10)
print(holder)
try:
    holder[0] += [20]
except TypeError as e:
    print(type(e).__name__, e)
print(holder)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tt[1:3], tt[::-1], tt[:0], (1, 2) == (1, 2), (1, 2) == [1, 2], tuple([1, 2]) == (1, 2))
