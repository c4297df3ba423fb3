# SyntaxError: an assignment inside an f-string replacement field.
x = 1
print(f"{x = 2}")
