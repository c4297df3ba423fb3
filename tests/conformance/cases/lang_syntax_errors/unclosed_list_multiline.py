# SyntaxError: a multi-line list never closed.
x = [
    1,
    2,

print(x)
