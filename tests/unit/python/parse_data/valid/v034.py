@decorator
def f():
    return 1

@a.b.c
@d(e, f=1)
@(lambda g: g)
@x[0]
class C:
    pass
