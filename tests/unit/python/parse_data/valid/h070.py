this_is
really_old_mac
def f():
    pass
