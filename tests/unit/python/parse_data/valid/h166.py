def f1(*args: *b): pass
