# sys.stdout/sys.stderr writes (return values), sys.exc_info inside and outside handlers, and RecursionError.
import sys
n = sys.stdout.write("line via write\n")
print(n)
sys.stderr.write("warning via stderr\n")
print("x", file=sys.stdout)
print(sys.exc_info())
try:
    {}["k"]
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, tb.tb_lineno)
    print(sys.exception() if hasattr(sys, "exception") else repr(v))
print(sys.exc_info())
def dive(n):
    return dive(n + 1)
try:
    dive(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
