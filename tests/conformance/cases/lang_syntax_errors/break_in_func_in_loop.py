# SyntaxError: break inside a function defined in a loop.
for i in range(3):
    def f():
        break
