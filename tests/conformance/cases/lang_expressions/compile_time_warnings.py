# CPython's compile-time SyntaxWarnings go to stderr before the program runs: "is" with a literal, tuple assert, calling a literal.
x = 1000
print("start")
if x is 1000 or True:
    print("condition evaluated")
assert (x, "message")
def f():
    return "text"()
print(x == 1000)
print("end")
