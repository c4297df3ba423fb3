# __hash__: defining __eq__ makes instances unhashable; explicit __hash__ for use in sets/dicts.
class NoEq:
    pass
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return self.v == other.v
class Hashable:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return isinstance(other, Hashable) and self.v == other.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"H({self.v})"
print(NoEq.__hash__ is object.__hash__, EqOnly.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError", e)
try:
    d = {EqOnly(1): "x"}
except TypeError as e:
    print("TypeError", e)
try:
    hash([1])
except TypeError as e:
    print("TypeError", e)
s = {Hashable(1), Hashable(1), Hashable(2)}
print(len(s), sorted(s, key=lambda h: h.v))
d = {Hashable("k"): 1}
print(d[Hashable("k")], Hashable("k") in d)
print(hash(1) == hash(1.0), hash((1, 2)) == hash((1, 2)), hash("") == hash(""))
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError", e)
print(hash(-1), hash(-2), hash(0), hash(True), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
