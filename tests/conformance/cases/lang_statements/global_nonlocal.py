# global and nonlocal declarations: rebinding module and enclosing variables.
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print("counter", counter)
def make_global():
    global created_later
    created_later = "made inside function"
make_global()
print(created_later)
def outer():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    bump(); bump()
    print("outer n", n)
    def no_nonlocal():
        n = 100
        return n
    no_nonlocal()
    print("outer n unchanged", n)
    return bump
b = outer()
print(b(), b())
def level1():
    x = "l1"
    def level2():
        def level3():
            nonlocal x
            x = "set by l3"
        level3()
    level2()
    return x
print(level1())
def g():
    global counter
    counter = "rebound"
g()
print(counter)
