# SyntaxError: C's && instead of and.
if x && y:
    pass
