# Subset/superset/disjoint tests, comparison operators on sets, equality with frozenset, `in` with unhashables.
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b < b, b <= b, b >= a, b > a, a > a, a.issubset(b), b.issuperset(a), a.issubset([1, 2]))
print(a.isdisjoint({3, 4}), a.isdisjoint([2]), {1, 2} == frozenset({2, 1}), set() <= a, set() < set())
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} == {1, 3}, max({3, 7, 5}), min({3, 7, 5}), sum({1, 2, 3}))
print(2 in a, 5 in a, (1, 2) in {(1, 2)}, 1.0 in a, True in a)
try:
    [1] in a
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print({frozenset({1})}, frozenset({1}) in {frozenset({1}): "x"})
try:
    a <= [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({5, 1, 3}, reverse=True), len({1, 1, 1}), bool(set()), set() == {}, type({}).__name__)
