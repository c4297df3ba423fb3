# SyntaxError: def without parentheses.
def hello:
    print("hi")
