# SyntaxError: break after the loop ended.
for i in range(2):
    pass
break
