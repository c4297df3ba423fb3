# add/discard/remove/pop/clear/copy on sets and their KeyError messages; frozenset immutability.
s = {3, 1, 2}
s.add(2)
s.add(10)
print(s, len(s))
s.discard(99)
s.discard(1)
print(s)
s.remove(10)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    s.remove((1, 2))
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
t = s.copy()
s.clear()
print(s, t, t is s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
fs = frozenset([3, 2, 1])
print(fs, hash(fs) == hash(frozenset([1, 2, 3])), fs | {4}, fs.copy() is fs)
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
d = {fs: "as key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
try:
    {set(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
print(set("hello") == {"h", "e", "l", "o"}, len(set("mississippi")), sorted(set("mississippi")))
