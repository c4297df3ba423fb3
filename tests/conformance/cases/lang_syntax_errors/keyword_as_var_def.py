# SyntaxError: a keyword used as a variable name.
def = 5
