# Errors from global/nonlocal misuse at runtime; a global name used before its definition.
def use_before():
    return later_defined
try:
    use_before()
except NameError as e:
    print("NameError:", e)
later_defined = "now defined"
print(use_before())
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
print(c(), c(), c.__closure__[0].cell_contents)
def g():
    global undefined_global
    return undefined_global
try:
    g()
except NameError as e:
    print("NameError:", e)
x = 0
def shadow():
    x = 5
    def inner():
        global x
        x = 99
    inner()
    return x
print(shadow(), x)
