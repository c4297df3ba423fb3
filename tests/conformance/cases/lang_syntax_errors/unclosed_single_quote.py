# SyntaxError: a single-quoted string never closed.
name = 'Lee
print(name)
