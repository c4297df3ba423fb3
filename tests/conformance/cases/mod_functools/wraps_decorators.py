# functools.wraps keeps __name__/__doc__/__wrapped__/__qualname__; decorators with and without it; update_wrapper.
from functools import wraps, update_wrapper
def plain_deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
def good_deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"{fn.__name__} returned {result!r}")
        return result
    return wrapper
@plain_deco
def add(a, b):
    """Add two numbers."""
    return a + b
@good_deco
def mul(a, b):
    """Multiply two numbers."""
    return a * b
print(add.__name__, add.__doc__, add.__qualname__.split(".")[-1])
print(mul.__name__, mul.__doc__, mul.__qualname__, mul.__wrapped__.__name__, mul.__module__)
print(mul(6, 7))
def repeat(n):
    def deco(fn):
        @wraps(fn)
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def greet(name):
    return f"hi {name}"
print(greet("kim"), greet.__name__)
class Counted:
    def __init__(self, fn):
        update_wrapper(self, fn)
        self.fn, self.count = fn, 0
    def __call__(self, *a):
        self.count += 1
        return self.fn(*a)
@Counted
def double(x):
    """Doubles."""
    return 2 * x
print(double(2), double(5), double.count, double.__name__, double.__doc__)
