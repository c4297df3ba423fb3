# Decorators that keep state: call counting, memoization, timing with the virtual clock.
import functools
import time
def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), "calls:", fib.calls)
def memo(func):
    cache = {}
    @functools.wraps(func)
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib2(n):
    return n if n < 2 else fib2(n - 1) + fib2(n - 2)
print(fib2(80), len(fib2.cache))
@functools.lru_cache(maxsize=None)
def fib3(n):
    return n if n < 2 else fib3(n - 1) + fib3(n - 2)
print(fib3(100), fib3.cache_info())
def timed(func):
    @functools.wraps(func)
    def wrapper(*a):
        start = time.perf_counter()
        result = func(*a)
        print(f"{func.__name__} took {time.perf_counter() - start:.3f}s")
        return result
    return wrapper
@timed
def slow(n):
    time.sleep(n)
    return n
print(slow(0.25), slow(1.5))
class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.func(*a)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.n, square.__name__)
