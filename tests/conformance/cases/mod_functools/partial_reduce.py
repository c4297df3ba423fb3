# functools.partial (args, keywords, attributes, nested partials) and functools.reduce (initial, empty-sequence error).
from functools import partial, reduce
import operator
def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10), two_to(exp=5), square(7, mod=10), partial(square, mod=7)(4))
print(square.func.__name__, square.args, square.keywords, two_to.args, type(square).__name__)
nested = partial(partial(power, 3), mod=5)
print(nested(4), nested.args, nested.keywords, nested.func.__name__)
base2 = partial(int, base=2)
print(base2("1010"), base2("111"), list(map(partial(power, exp=2), range(5))))
try:
    partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
print(reduce(operator.add, [], 0), reduce(operator.add, [5]), reduce(operator.add, ["a", "b", "c"], ">"), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(operator.or_, [{1}, {2}, {3, 1}]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
