# SyntaxError: missing colon after an except clause.
try:
    x = 1
except ValueError
    pass
