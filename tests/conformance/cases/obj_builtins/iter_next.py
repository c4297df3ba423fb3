# iter()/next(): default values, StopIteration, iter(callable, sentinel), user iterators, and non-iterator errors.
it = iter([10, 20])
print(type(it).__name__, next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
for obj in ["ab", (1,), {3: 4}, {7}, range(2), b"z", {"k": 1}.items()]:
    i = iter(obj)
    print(type(i).__name__, list(i), list(i))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
f = Fib(50)
print(list(f), list(f), iter(f) is f)
print(sum(Fib(100)), max(Fib(30)), 21 in Fib(30), sorted(Fib(10), reverse=True))
class NotIter:
    def __iter__(self):
        return 42
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
i1, i2 = iter(lst), iter(lst)
print(next(i1), next(i1), next(i2))
lst.append(4)
print(list(i1), list(i2))
print(list(zip(*[iter(range(6))] * 2)))
