# Functions as values: map/filter/sorted with key, returning functions, functools.partial, reduce.
from functools import partial, reduce
import operator
def apply_twice(fn, x):
    return fn(fn(x))
print(apply_twice(lambda v: v * 3, 2))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(list(map(len, words)), list(map(operator.add, [1, 2], [10, 20])))
print(list(filter(None, [0, 1, "", "a", None, []])))
print(reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, ["x", "y"], "start:"))
pow2 = partial(pow, 2)
print(pow2(10), pow2.func is pow, pow2.args)
base16 = partial(int, base=16)
print(base16("ff"), base16.keywords)
def compose(*fns):
    return lambda x: reduce(lambda acc, fn: fn(acc), fns, x)
pipeline = compose(str.strip, str.upper, lambda s: s + "!")
print(pipeline("  hi  "))
print(max(words, key=len), min(words, key=lambda w: w[-1]))
print(list(zip(words, map(len, words))))
print(any(len(w) > 5 for w in words), all(w.islower() for w in words))
print(list(enumerate(words, start=1))[:2])
print(sorted([(2, "b"), (1, "b"), (2, "a")], key=operator.itemgetter(1, 0)))
