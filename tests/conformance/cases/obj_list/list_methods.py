# Every list method: append, extend, insert (incl. out-of-range indexes), remove, pop, clear, index, count, reverse, copy.
a = [3, 1, 4]
a.append(1)
a.append([5, 9])
print(a, len(a))
a.extend([2, 6])
a.extend("ab")
a.extend(range(2))
a.extend((7,))
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a)
a.remove(1)
print(a, a.count(1), a.count("a"), a.index(1), a.index(4), a.index(1, 4), a.index("last"))
try:
    a.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index(3, 0, 1)
except ValueError as e:
    print(type(e).__name__, e)
print(a.pop(), a.pop(0), a.pop(2), a.pop(-2), a)
b = a.copy()
b.reverse()
print(b, a, b == a[::-1], b is a)
print(a.clear(), a, len(a))
try:
    a.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1].extend(5)
except TypeError as e:
    print(type(e).__name__, e)
x = [1, 2]
x.extend(x)
print(x, x.append(3), x)
x += "hi"
print(x)
try:
    x = x + "hi"
except TypeError as e:
    print(type(e).__name__, e)
print(x.index(2), x.count(2), [None].count(None), [[1]].index([1]), [1, 1.0, True].count(1))
