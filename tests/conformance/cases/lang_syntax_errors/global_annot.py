# SyntaxError: global after an annotated assignment.
x: int = 1
def f():
    x: int = 2
    global x
