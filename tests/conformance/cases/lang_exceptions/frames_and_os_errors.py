# Frame objects (f_back, f_lineno, f_locals) from sys._getframe, tracebacks and generators; OSError subclasses by errno; other call errors.
import sys
def inner():
    frame = sys._getframe()
    here = 1
    print(frame.f_code.co_name, frame.f_back.f_code.co_name, frame.f_back.f_back.f_code.co_name)
    print(frame.f_lineno, sorted(frame.f_locals), frame.f_back.f_lineno)
    return frame
def outer():
    return inner()
f = outer()
print(f.f_back.f_code.co_name, sorted(f.f_locals), f.f_locals["here"])
def fails():
    local_value = 42
    raise ValueError("boom")
def caller():
    fails()
try:
    caller()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
    last = e.__traceback__.tb_next.tb_next
    print(last.tb_frame.f_locals, last.tb_frame.f_back.f_code.co_name, last.tb_lineno)
def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield 2
g = gen()
print(g.gi_frame.f_code.co_name, g.gi_frame.f_lineno, next(g), g.gi_frame.f_back)
list(g)
print(g.gi_frame)
for code in (2, 13, 17, 21, 99):
    e = OSError(code, "message", "file.txt")
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, e)
class MyOSError(OSError):
    pass
print(type(MyOSError(2, "x")).__name__, isinstance(OSError(2, "x"), FileNotFoundError))
def posonly(a, b, /, c):
    return a, b, c
for call in (lambda: posonly(a=1, b=2, c=3), lambda: posonly(1, 2, c=3, d=4), lambda: posonly(1, 2, x=5, a=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
items = [1, 2, 0, 3]
print(list(iter(lambda: items.pop(0), 0)), items)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)
try:
    getattr(1, 2)
except TypeError as e:
    print("TypeError", e)
print(ArithmeticError.__subclasses__(), OSError.__subclasses__()[:3])
