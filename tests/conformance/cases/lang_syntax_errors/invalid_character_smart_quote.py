# SyntaxError: invalid character (a curly quote copied from a word processor).
print(“hello”)
