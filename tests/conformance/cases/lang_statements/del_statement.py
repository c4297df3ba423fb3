# del on names, list items, slices, dict keys and attributes, with the resulting errors.
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    del lst[100]
except IndexError as e:
    print("IndexError", e)
class C:
    pass
c = C()
c.attr = 1
c.other = 2
del c.attr
print(vars(c))
try:
    del c.attr
except AttributeError as e:
    print("AttributeError", e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
