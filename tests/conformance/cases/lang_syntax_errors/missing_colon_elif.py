# SyntaxError: missing colon after an elif condition.
x = 1
if x == 1:
    pass
elif x == 2
    pass
