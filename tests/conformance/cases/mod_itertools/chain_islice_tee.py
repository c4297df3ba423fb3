# itertools.chain, chain.from_iterable, islice (start/stop/step, errors), tee, compress, filterfalse.
from itertools import chain, islice, tee, compress, filterfalse
print(list(chain([1, 2], "ab", (3,), range(2), {9: 0})), list(chain()), list(chain.from_iterable(["xy", [1, 2], []])))
print(list(chain.from_iterable([[1], [2, [3]]])), "".join(chain("ab", "cd")))
data = range(20)
print(list(islice(data, 5)), list(islice(data, 5, 10)), list(islice(data, 2, 15, 4)), list(islice(data, 18, None)), list(islice(data, 0)))
print(list(islice("abcdef", None, None, 2)), list(islice(iter([1, 2, 3]), 10)))
for args in [(-1,), (0, -5), (0, 5, 0), (1.5,)]:
    try:
        islice(data, *args)
    except ValueError as e:
        print(args, type(e).__name__, e)
it = iter(range(10))
head = list(islice(it, 3))
print(head, next(it), list(it))
a, b = tee([1, 2, 3])
print(list(a), list(b), type(a).__name__)
x, y, z = tee("ab", 3)
print(next(x), list(y), list(x), list(z))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress(range(5), [True, False])))
print(list(filterfalse(str.isdigit, "a1b2")), list(filterfalse(None, [0, 1, "", "x"])))
