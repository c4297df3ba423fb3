# SyntaxError: unmatched closing parenthesis.
print("hi"))
