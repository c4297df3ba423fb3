# SyntaxError: a keyword used as a parameter name.
def f(class):
    pass
