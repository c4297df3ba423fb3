# SyntaxError: an f-string conversion other than !s, !r, !a.
x = 1
print(f"{x!z}")
