# A class implementing __enter__/__exit__: resource tracking, exception info, suppression choice.
class Resource:
    open_count = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.open_count += 1
        print(f"open {self.name} (open={Resource.open_count})")
        return self
    def __exit__(self, exc_type, exc_value, traceback):
        Resource.open_count -= 1
        print(f"close {self.name} (open={Resource.open_count})", "error:" if exc_type else "", exc_value if exc_type else "")
        return exc_type is KeyError
with Resource("db") as r:
    print("using", r.name)
with Resource("cache"):
    raise KeyError("missing key suppressed")
try:
    with Resource("file"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("outside:", e)
with Resource("outer") as a:
    with Resource("inner") as b:
        print("nested", a.name, b.name)
print("final open count", Resource.open_count)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *exc):
        raise RuntimeError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))
