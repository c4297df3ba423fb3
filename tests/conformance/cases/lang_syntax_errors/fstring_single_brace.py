# SyntaxError: f-string: single closing brace not allowed.
print(f"oops }")
