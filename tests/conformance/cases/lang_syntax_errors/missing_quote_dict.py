# SyntaxError: a dict key whose closing quote is missing.
d = {"a: 1}
