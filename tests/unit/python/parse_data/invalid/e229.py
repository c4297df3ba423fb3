def f(x, x=1, y): pass
