def f(a: int = 5): pass
