# Set operators and methods: | & - ^, union/intersection/difference/symmetric_difference with iterables, in-place forms.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.union([9, 8], (0,)), a.intersection(b, {5}), a.difference(b, {1}), a.symmetric_difference([1, 99]))
print(a.union(), a.intersection(), a & set(), set() | set(), a - a)
try:
    a | [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
c = set(a)
c |= {10}
print(c)
c &= {1, 2, 10, 11}
print(c)
c -= {2}
print(c)
c ^= {1, 3}
print(c)
c.update([20, 21], range(3))
print(c)
c.intersection_update(range(5))
print(c)
c.difference_update({0})
print(c)
c.symmetric_difference_update({1, 7})
print(c)
print(a, b, type(a | frozenset(b)).__name__, type(frozenset(a) | b).__name__, frozenset(a) & b)
