# SyntaxError: an assignment after return.
def f(x):
    return x = 1
