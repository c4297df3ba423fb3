# SyntaxError: an f-string whose closing quote is missing.
name = "Lee"
print(f"hi {name})
