# SyntaxError: a name declared both global and nonlocal.
def f():
    x = 1
    def g():
        global x
        nonlocal x
