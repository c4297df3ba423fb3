# SyntaxError: an opening parenthesis that is never closed.
total = (1 + 2
print(total)
