# contextlib.suppress (which exceptions, where execution resumes), nullcontext, and ExitStack callbacks order.
from contextlib import suppress, nullcontext, ExitStack
with suppress(KeyError):
    print("before")
    {}["missing"]
    print("never")
print("resumes after the with")
with suppress(ValueError, TypeError):
    int("x")
with suppress():
    print("empty suppress ok")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", type(e).__name__, e)
with suppress(LookupError):
    [][1]
print("IndexError is a LookupError")
with nullcontext(42) as v:
    print("nullcontext gives", v)
with nullcontext() as v:
    print("default", v)
def process(data, lock=None):
    with lock if lock is not None else nullcontext():
        return sum(data)
print(process([1, 2, 3]))
with ExitStack() as stack:
    for name in ["first", "second", "third"]:
        stack.callback(print, "closing", name)
    print("body done")
with ExitStack() as stack:
    stack.callback(print, "cb runs even on error")
    with suppress(ZeroDivisionError):
        1 / 0
    print("still inside")
