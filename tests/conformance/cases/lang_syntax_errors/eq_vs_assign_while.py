# SyntaxError: '=' instead of '==' in a while condition.
x = 0
while x = 3:
    pass
