# SyntaxError: a def with no body at the end of the file.
def f():
