# SyntaxError: a call left open at the end of the file.
x = max(1, 2
