# __builtins__ in the main program is the builtins module; names added to it
# are seen everywhere, and exec() gives a fresh namespace the builtins too.
import builtins

print(type(__builtins__).__name__, __builtins__ is builtins)
print("print" in dir(__builtins__), hasattr(__builtins__, "len"), __builtins__.len([1, 2, 3]))

builtins.greet = lambda: "hi from builtins"
print(greet())


def call_greet():
    return greet()


print(call_greet())
del builtins.greet
try:
    call_greet()
except NameError as e:
    print("NameError:", e)

exec("print(len('abc'), type(__builtins__).__name__)")
namespace = {}
exec("x = len('ab')", namespace)
print(namespace["x"], "__builtins__" in namespace)
print(eval("max(3, 9)"), eval("abs(y)", {"y": -4}))
