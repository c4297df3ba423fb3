# SyntaxError: a dict-style colon inside call arguments.
print("a": 1)
