# SyntaxError: a call whose closing parenthesis is forgotten before the next line.
print("hello"
print("world")
