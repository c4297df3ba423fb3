# SyntaxError: an annotated assignment to a global name.
def f():
    global x
    x: int = 1
