# SyntaxError: missing comma between call arguments.
print(1 2)
