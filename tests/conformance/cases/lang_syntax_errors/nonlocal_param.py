# SyntaxError: nonlocal naming a parameter.
def f(x):
    def g(x):
        nonlocal x
