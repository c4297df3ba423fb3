# SyntaxError: a semicolon inside a condition.
if x; y:
    pass
