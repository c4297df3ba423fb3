# list edge cases: errors and messages of every method, slices, operators, subclassing.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [1].pop('a'))
t(lambda: [1].pop(2**100))
t(lambda: [1].insert(2**100, 1))
t(lambda: [1][2**100])
t(lambda: [1][2**100:])
k = 'a'
t(lambda: [1][k])
t(lambda: [1] * 2**100)
t(lambda: [] * 2**100)
t(lambda: [1, 2].index(1, 'a'))
t(lambda: [1, 2].index(1, 2**100))
t(lambda: [1, 2].index(1, None))
t(lambda: [1, 2, 3].index(3, -1, 10**30))
t(lambda: [1, 2, 3].index(1, -100))
t(lambda: [].sort(1))
t(lambda: [].sort(foo=1))
t(lambda: [].sort(reverse=None))
t(lambda: [2, 1].sort(reverse=2))
t(lambda: list(1, 2))
t(lambda: list(x=1))
t(lambda: list(1))
t(lambda: [1].__iadd__(1))
t(lambda: [1, 2].__imul__(2))
t(lambda: [].remove())
t(lambda: [].append())
t(lambda: [].index())
t(lambda: [].insert(1))
t(lambda: [].count())
t(lambda: [].extend())
t(lambda: [].pop(1, 2))
t(lambda: [].reverse(1))
t(lambda: [].copy(1))
t(lambda: [].clear(1))
t(lambda: [][1:2:0])
t(lambda: hash([]))
t(lambda: list.__hash__)
t(lambda: [1, 2, 3][True])
t(lambda: [1, 2] < [1, 2, 3])
t(lambda: [1, 2] >= [1])
t(lambda: [1, [2]] == [1, [2]])
t(lambda: [1] == (1,))
t(lambda: [1] < (1,))
a = list(range(10))
a[::2] = a[1::2]
print(a)
a = list(range(10))
a[::-3] = 'abcd'
print(a)
a = list(range(10))
del a[::-2]
print(a)
a = list(range(10))
del a[1:8:3]
print(a)
a = list(range(10))
a[2:5] = a
print(a)
a = list(range(5))
a[::-1] = a
print(a)
a = [1, 2, 3]
a[1:1] = range(3)
print(a)
a[:] = ()
print(a)
a = [1, 2, 3]
a[-1:0] = [9]
print(a)
a[10:] = [7]
print(a)
a[:-10] = [0]
print(a)
t(lambda: a.__setitem__(slice(None, None, 2), 5))
t(lambda: a.__setitem__(slice(None, None, 2), [1]))
b = [1, 2, 3]
b *= 2
print(b)
b *= 0
print(b)
b = [1, 2]
b += b
print(b)
c = [1, 2, 3]
c.extend(c)
print(c)
c.extend(iter(c[:2]))
print(c)
c.extend({9: 1})
print(c, c.count(1), c.index(9))
print(list(reversed(c)), c[::-1] == list(reversed(c)))
class L(list):
    def __repr__(self):
        return "L" + list.__repr__(self)
l = L([3, 1, 2])
l.sort()
print(l, type(l[:]).__name__, type(l + l).__name__, type(l * 2).__name__, isinstance(l, list), len(l))
class L2(list):
    pass
print(L2("ab"), L2() == [], L2([1]) == [1], [1] == L2([1]))
try:
    hash(L2())
except TypeError as e:
    print(e)
x = [1, 2]
x.__init__([5])
print(x)
x.__init__()
print(x)
print(list.__class_getitem__(int), list[int], list[tuple[int, str]], type(list[int]).__name__)
print(list[int]("ab"), list[int] == list[int], list[int] != list[str], list[int].__origin__, list[int].__args__)
print([] is not [], [0] * 3, 3 * [0], [[]] * 2)
print(sorted([3, 1, 2], reverse=True), sorted(["b", "a", "c"]), sorted([2.5, 1.0, -3.0]), sorted([(2, 1), (1, 2)]))
print(sorted([10**30, 1, -10**30, 5]), sorted([True, 0, 2]), sorted(["é", "e", "z", "a"]))
nan = float("nan")
print(sorted([3.0, nan, 1.0]))
print(sorted("the quick brown fox".split(), key=len))
r = list(range(100))
import_free = sorted(r, key=lambda v: (v % 7, -v))
print(import_free[:10], import_free[-5:])
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big) == sorted(big, key=lambda v: v), sorted(big)[:5], sorted(big, reverse=True)[:5])
print(sorted(big, key=lambda v: v % 10)[:12])
words = [str(i * 31 % 97) for i in range(200)]
print(sorted(words)[:8], sorted(words, key=int)[:8])
