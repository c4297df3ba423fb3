# SyntaxError: cannot delete function call.
del print()
