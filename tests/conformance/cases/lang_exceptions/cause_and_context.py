# __cause__, __context__, __suppress_context__ and __traceback__ presence, inspected programmatically.
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ValueError(f"bad key {k!r}") from e
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        return undefined
def suppressed():
    try:
        int("x")
    except ValueError:
        raise LookupError("clean") from None
for fn in [lambda: lookup({}, "a"), implicit, suppressed]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
        print("  cause:", repr(e.__cause__))
        print("  context:", repr(e.__context__))
        print("  suppress_context:", e.__suppress_context__)
        print("  has traceback:", e.__traceback__ is not None)
e = RuntimeError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    try:
        raise KeyError("first")
    finally:
        print("finally runs while KeyError is in flight")
except KeyError as e:
    print("caught", e, repr(e.__context__))
