# SyntaxError: a full-width colon after if.
x = 1
if x > 0：
    print(x)
