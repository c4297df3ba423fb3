# SyntaxError: "=" used instead of "==" in an if condition.
x = 3
if x = 3:
    print("three")
