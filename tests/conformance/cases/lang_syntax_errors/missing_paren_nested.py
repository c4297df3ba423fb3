# SyntaxError: nested calls with one closing parenthesis too few.
print(len([1, 2, 3])
x = 1
