def foo():
    pass
foo()
