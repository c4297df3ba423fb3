x = lambda: 0
y = lambda a, b=1, *c, d, e=2, **f: a
z = lambda a, /, b, *, c: a + b + c
w = lambda *args, **kwargs: (args, kwargs)
v = lambda x=lambda y: y: x
