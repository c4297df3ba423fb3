def f(**kwargs: dict): pass
