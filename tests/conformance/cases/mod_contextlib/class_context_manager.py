# Class-based context managers: __enter__/__exit__ arguments, returning True to swallow, and nesting order.
class Timer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, type(tb).__name__)
        return False
class Swallow:
    def __enter__(self):
        return "swallower"
    def __exit__(self, exc_type, exc, tb):
        print("swallowing", exc_type.__name__ if exc_type else "nothing")
        return True
with Timer("a") as a, Timer("b") as b:
    print("body", a.name, b.name)
try:
    with Timer("outer"):
        with Timer("inner"):
            raise RuntimeError("fail")
except RuntimeError as e:
    print("caught", e)
with Swallow() as s:
    print(s)
    raise ValueError("gone")
print("after swallow")
with Swallow():
    pass
def early():
    with Timer("ret"):
        return "returned"
print(early())
for i in range(3):
    with Timer(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("iteration", i)
try:
    with 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
