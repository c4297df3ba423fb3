# SyntaxError: a lambda with the same parameter twice.
f = lambda a, a: 1
