# dicts keep insertion order: re-assignment keeps position, delete+reinsert moves to end, pop/popitem (LIFO).
d = {}
for k in ["banana", "apple", "cherry"]:
    d[k] = len(k)
print(d, list(d), list(d.values()))
d["apple"] = 99
print(d)
del d["banana"]
d["banana"] = 0
print(d)
d.update({"date": 4, "apple": 1})
print(d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
n = {i: i * i for i in range(10, 0, -1)}
print(n)
for k in list(n):
    if k % 2:
        del n[k]
print(n)
n[3] = "back"
print(n, list(reversed(n)), list(reversed(n.items()))[:2])
print(dict(zip("cab", [1, 2, 3])), dict([(3, "c"), (1, "a")]), dict(b=1, a=2), dict({"z": 1}, y=2))
print(dict.fromkeys("hello"), dict.fromkeys([3, 1, 2], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
