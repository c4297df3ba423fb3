# hash() of hashable builtins (ints, floats, tuples, bools, frozensets), unhashable errors, __hash__ = None, callable().
for v in [0, 1, -1, 42, 2 ** 100, 0.5, -2.5, 1e20, True, False, (), (1, 2), ((1,), 2.0), frozenset(), frozenset({1, 2, 3})]:
    print(repr(v), hash(v))
for v in [[], {}, set(), bytearray(), [1, (2,)]]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
print(hash(Key(7)) == hash(7), len({Key(1), Key(1), Key(2)}), Key(1) in {Key(1): "v"})
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
print(EqOnly.__hash__)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()), hash(BigHash()) == hash(2 ** 100))
class WithCall:
    def __call__(self, x):
        return x * 2
print(callable(len), callable(WithCall), callable(WithCall()), callable(WithCall()(4)), callable(lambda: 0), callable("s"), callable(str.upper))
try:
    text = "s"
    text()
except TypeError as e:
    print(type(e).__name__, e)
try:
    number = 5
    number(3)
except TypeError as e:
    print(type(e).__name__, e)
