# SyntaxError: an f-string '!' with no conversion character.
x = 1
print(f"{x!}")
