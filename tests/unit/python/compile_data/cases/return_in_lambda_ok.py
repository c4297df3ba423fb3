def f():
    return lambda: 1
