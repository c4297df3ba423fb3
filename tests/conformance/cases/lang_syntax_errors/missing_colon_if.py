# SyntaxError: missing colon after an if condition.
x = 5
if x > 3
    print("big")
