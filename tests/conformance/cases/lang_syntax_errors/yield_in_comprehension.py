# SyntaxError: yield inside a list comprehension.
def f():
    return [(yield x) for x in y]
