# a generator pipeline
# Chained generators (a source, a filter, a map, a windowed pairing, yield
# from) consumed by sum() and a for loop, plus generator expressions: each
# item resumes several suspended frames.
import time


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def keep(items, divisor):
    for x in items:
        if x % divisor:
            yield x


def square(items):
    for x in items:
        yield x * x % 10007


def pairs(items):
    previous = None
    for x in items:
        if previous is not None:
            yield previous, x
        previous = x


def chunks(n, size):
    for start in range(0, n, size):
        yield from numbers(size)


def pipeline(n):
    total = 0
    rising = 0
    for a, b in pairs(square(keep(numbers(n), 3))):
        total += a - b
        if b > a:
            rising += 1
    again = sum(x for x in keep(chunks(n, 1000), 7) if x & 1)
    return total, rising, again


start = time.perf_counter()
checksum = pipeline(600000)
seconds = time.perf_counter() - start
print(f"checksum {checksum}\nseconds {seconds}")
