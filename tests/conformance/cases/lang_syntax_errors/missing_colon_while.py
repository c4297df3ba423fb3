# SyntaxError: missing colon after a while condition.
x = 0
while x < 3
    x += 1
