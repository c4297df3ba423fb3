# SyntaxError: return at module level inside an if.
print("hi")
if True:
    return
