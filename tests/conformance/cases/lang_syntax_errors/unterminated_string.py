# SyntaxError: unterminated single-quoted string literal.
name = "Kim
print(name)
