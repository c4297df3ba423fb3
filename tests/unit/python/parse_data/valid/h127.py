class X(x=y):
    pass
