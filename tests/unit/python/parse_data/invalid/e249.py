def f():
    """docstring
