# __iter__/__next__: a custom iterator class, StopIteration, exhaustion, iterable vs iterator.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), max(r))
for a, b in zip(Range2(3), Countdown(3)):
    print(a, b)
print(iter(c) is c, iter(r) is r)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
sentinel_iter = iter([1, 2, 0, 3].pop, 0)
print(list(sentinel_iter))
