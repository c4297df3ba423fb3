# SyntaxError: a for loop with no body before its else.
for x in y:
else:
    pass
