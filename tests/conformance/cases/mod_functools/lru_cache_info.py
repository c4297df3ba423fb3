# functools.lru_cache and cache: memoized recursion, cache_info() counts, maxsize eviction, typed=True, cache_clear.
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def square(x):
    print("  computing", x)
    return x * x
for x in [1, 2, 1, 3, 2, 1]:
    print(x, square(x))
print(square.cache_info())
@lru_cache(typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info())
@lru_cache
def untyped(x):
    return type(x).__name__
print(untyped(1), untyped(1.0), untyped.cache_info())
@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1
print(factorial(20), factorial.cache_info(), factorial.__name__, factorial.__wrapped__.__name__)
try:
    square([1])
except TypeError as e:
    print(type(e).__name__, e)
print(fib.cache_parameters(), square.cache_parameters())
