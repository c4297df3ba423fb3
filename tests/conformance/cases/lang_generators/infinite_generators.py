# Infinite generators consumed by hand-written take/islice-like helpers (no itertools).
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def my_islice(it, start, stop, step=1):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x
print(take(5, naturals()))
print(take(15, fib()))
print(take(12, primes()))
print(list(my_islice(naturals(100), 2, 10, 3)))
def cycle(seq):
    while True:
        yield from seq
print(take(7, cycle("abc")))
evens = (n for n in naturals() if n % 2 == 0)
squares = (n * n for n in evens)
print(take(5, squares))
g = fib()
for _ in range(50):
    v = next(g)
print(v)
