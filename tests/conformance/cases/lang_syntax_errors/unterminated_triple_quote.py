# SyntaxError: unterminated triple-quoted string literal.
text = """this string
never ends
print(text)
