# str(x) calls (user __str__, str subclasses, bad results, keywords, shadowing) and del of dict and
# list items (KeyError, IndexError, TypeError, slices, a subclass's own __delitem__).
class A:
    def __str__(self):
        return "A!"
class B:
    def __str__(self):
        return 5
class S(str):
    pass
class T(S):
    def __str__(self):
        return "T-str"
print(str(A()), str(S("sub")), type(str(S("sub"))).__name__, str(T("t")), str(b"x"), str(1.5), str(None), str([1, "a"]))
try:
    str(B())
except TypeError as e:
    print("TypeError:", e)
try:
    str(x=1)
except TypeError as e:
    print("TypeError:", e)
print(str(b"abc", "ascii"), str(object=7), str())
str = lambda v: "shadowed"
print(str(1))
del str
print(str(2))
d = {1: "a", 2: "b"}
del d[1]
print(d)
try:
    del d[99]
except KeyError as e:
    print("KeyError", e)
try:
    del d[[1]]
except TypeError as e:
    print("TypeError", e)
l = list(range(10))
del l[2], l[: 3], l[::2]
print(l)
try:
    del l[100]
except IndexError as e:
    print("IndexError", e)
try:
    del l["x"]
except TypeError as e:
    print("TypeError", e)
class D(dict):
    def __delitem__(self, k):
        print("D.__delitem__", k)
        super().__delitem__(k)
dd = D(a=1)
del dd["a"]
print(dd)
