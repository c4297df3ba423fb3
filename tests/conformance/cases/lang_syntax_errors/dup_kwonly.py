# SyntaxError: a keyword-only parameter with the name of a positional one.
def f(a, *, a): pass
