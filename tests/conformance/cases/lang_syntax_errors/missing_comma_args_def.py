# SyntaxError: parameters without a comma between them.
def f(a b):
    pass
