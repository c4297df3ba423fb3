# SyntaxError: leading zeros in decimal integer literals are not permitted.
month = 08
print(month)
