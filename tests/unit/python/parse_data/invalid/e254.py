def f(*, **kwargs): pass
