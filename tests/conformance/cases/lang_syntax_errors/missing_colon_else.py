# SyntaxError: missing colon after else.
x = 1
if x:
    pass
else
    pass
