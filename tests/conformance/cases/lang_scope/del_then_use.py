# del removes a binding: later use raises NameError (global) or UnboundLocalError (local).
a = 1
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
def f():
    b = 2
    del b
    try:
        print(b)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    b = 3
    return b
print(f())
items = [1, 2]
for item in items:
    pass
del item
print("item" in globals())
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
def g():
    global gvar
    gvar = "g"
    del gvar
g()
print("gvar" in globals())
