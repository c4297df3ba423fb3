# SyntaxError: elif after else.
x = 1
if x:
    pass
else:
    pass
elif x > 1:
    pass
