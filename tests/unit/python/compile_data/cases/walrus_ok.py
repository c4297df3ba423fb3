def f():
    [y := x for x in z]
    return y
