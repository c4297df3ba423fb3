# The iterator builtins: enumerate/zip/map/filter/reversed arguments and errors, iter(callable, sentinel),
# the sequence-protocol iterator, __length_hint__, subclasses, and iterators over mutated lists.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
k = 'a'
class I:
    def __index__(self):
        return 2
t(lambda: list(enumerate('ab', 2**70)))
t(lambda: list(enumerate('ab', start=2**62 - 1)))
t(lambda: list(enumerate('ab', I())))
t(lambda: enumerate())
t(lambda: enumerate([], 2, 3))
t(lambda: enumerate([], x=2))
t(lambda: enumerate(start=1))
t(lambda: list(enumerate(iterable='xy', start=5)))
t(lambda: zip(1, 2))
t(lambda: zip([1], x=1))
t(lambda: list(zip([1], [2], strict=1)))
t(lambda: list(zip([1], [2, 3], strict=True)))
t(lambda: list(zip([1, 2], [2, 3], [4], strict=True)))
t(lambda: list(zip([1, 2], [2, 3], [4, 5, 6], strict=True)))
t(lambda: list(zip([1], [2], [4, 5, 6], strict=True)))
t(lambda: list(zip(strict=True)))
t(lambda: list(zip('abc', strict=True)))
t(lambda: map(len))
t(lambda: map(len, [1], x=1))
t(lambda: list(map(len, ['ab', 'c'], [1])))
t(lambda: list(map(lambda *a: a, 'ab', 'xyz', [1, 2, 3])))
t(lambda: filter(len))
t(lambda: filter(None, [1], x=1))
t(lambda: list(filter(bool, [0, 1, '', 'a'])))
t(lambda: list(filter(lambda v: v > 1, range(5))))
t(lambda: reversed())
t(lambda: reversed([1], x=1))
t(lambda: reversed({1}))
t(lambda: reversed(5))
t(lambda: list(reversed((1, 2, 3))))
t(lambda: type(reversed((1,))).__name__)
t(lambda: type(reversed([1])).__name__)
t(lambda: reversed([1, 2]).__length_hint__())
t(lambda: reversed((1, 2)).__length_hint__())
t(lambda: iter([1, 2, 3]).__length_hint__())
class NoRev:
    __reversed__ = None
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 3
t(lambda: reversed(NoRev()))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
    def __len__(self):
        return 3
s = iter(Seq())
t(lambda: type(s).__name__)
t(lambda: s.__length_hint__())
t(lambda: list(s))
t(lambda: s.__length_hint__())
t(lambda: list(reversed(Seq())))
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
t(lambda: list(Stop()))
t(lambda: iter(Stop()).__length_hint__())
vals = iter([1, 2, 3, None, 5])
t(lambda: list(iter(lambda: next(vals), None)))
t(lambda: type(iter(lambda: 1, 2)).__name__)
def stops():
    raise StopIteration
t(lambda: list(iter(stops, 1)))
t(lambda: type(iter([])).__name__)
t(lambda: type(iter(())).__name__)
t(lambda: type(iter([]))())
t(lambda: type(iter(range(1)))())
e = enumerate("abc")
first = next(e)
second = next(e)
t(lambda: (first, second, first is second))
z = zip("ab", "cd")
pairs = [next(z), next(z)]
t(lambda: pairs)
class MyEnum(enumerate):
    pass
t(lambda: list(MyEnum("xy", 1)))
class MyZip(zip):
    pass
t(lambda: list(MyZip("xy", "ab")))
class MyMap(map):
    pass
t(lambda: list(MyMap(str, [1, 2])))
t(lambda: isinstance(MyMap(str, [1]), map))
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.clear()
t(lambda: list(it))
lst = [1, 2, 3]
rit = reversed(lst)
next(rit)
lst.append(4)
t(lambda: list(rit))
for args, kwargs in [((), {"start": 1}), ((), {"start": 1, "iterable": [1]}), ((), {"x": 1}), (([],), {"start": 1, "x": 2}),
                     ((), {"iterable": [1]}), (([1],), {"iterable": [1]}), (([], 1), {"start": 2})]:
    t(lambda: list(enumerate(*args, **kwargs)))
