# SyntaxError: a lambda inside an f-string replacement field without parentheses.
print(f"{lambda x: x}")
