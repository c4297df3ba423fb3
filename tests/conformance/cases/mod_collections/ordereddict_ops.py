# collections.OrderedDict: 3.11 repr style, move_to_end (both ends), popitem(last=False), order-sensitive equality.
from collections import OrderedDict
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), repr(OrderedDict()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zzz")
except KeyError as e:
    print(type(e).__name__, e)
o1 = OrderedDict([(1, "a"), (2, "b")])
o2 = OrderedDict([(2, "b"), (1, "a")])
print(o1 == o2, dict(o1) == dict(o2), o1 == {2: "b", 1: "a"}, o1 | {3: "c"}, type(o1 | {3: "c"}).__name__)
cache = OrderedDict()
for key in ["x", "y", "z", "x", "w", "y", "v"]:
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = key.upper()
        if len(cache) > 3:
            print("evict", cache.popitem(last=False))
print(cache, list(reversed(cache)))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(OrderedDict.fromkeys("abc", 0), OrderedDict(x=1, y=2))
