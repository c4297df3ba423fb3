# SyntaxError: a call written without parentheses.
def f():
    return 1
print f()
