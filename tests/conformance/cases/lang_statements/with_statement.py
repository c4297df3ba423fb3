# with statement: __enter__/__exit__ order, multiple items, exception suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("a") as a:
    print("body", a)
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized", p1, p2)
with CM("s", suppress=True):
    print("before error")
    raise ValueError("suppressed")
    print("not reached")
print("after suppressed")
try:
    with CM("outer"), CM("inner"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with CM("outer", suppress=True), CM("inner"):
    raise KeyError("k2")
print("outer suppressed it")
def f():
    with CM("in-func"):
        return "returned"
print(f())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            break
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
