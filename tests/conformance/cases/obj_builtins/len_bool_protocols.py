# len() and bool() protocols: __len__, __bool__, fallbacks, wrong return types and negative lengths.
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
print(len(Box([1, 2])), bool(Box([])), bool(Box([0])), "truthy" if Box([1]) else "falsy")
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(bool(Flag(True)), bool(Flag(False)), not Flag(False), [x for x in [Flag(True), Flag(False)] if x].__len__())
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Both()), len(Both()))
class BadLen:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
for v in [-1, "3", 2.5, 2 ** 70, True]:
    try:
        print(len(BadLen(v)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(v), type(e).__name__, e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)
for v in [5, None, 3.0, object]:
    try:
        len(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(len("파이썬"), len(b"\xea\xb0\x80"), len({1: 2, 3: 4}), len(range(0, 100, 3)), len([[1, 2], [3]]), len(""))
