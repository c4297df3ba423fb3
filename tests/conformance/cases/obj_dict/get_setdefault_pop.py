# get/setdefault/pop/popitem/del and their KeyError messages (repr of the missing key), plus __missing__.
stock = {"apple": 3, "pear": 0}
print(stock.get("apple"), stock.get("kiwi"), stock.get("kiwi", -1), stock.get("pear", 10))
print(stock.setdefault("apple", 100), stock.setdefault("kiwi", 7), stock.setdefault("fig"), stock)
print(stock.pop("kiwi"), stock.pop("kiwi", "gone"), stock)
for key in ["missing", 42, (1, 2), "", None, 1.5]:
    try:
        stock[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    stock.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
try:
    del stock["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    stock[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    stock.get()
except TypeError as e:
    print(type(e).__name__, e)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for word in ["ant", "bee", "ape", "cat", "bat"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}?>"
dd = Defaulting(a=1)
print(dd["a"], dd["zz"], dd.get("zz"), "zz" in dd, dd)
