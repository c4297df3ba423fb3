# @contextmanager: setup/teardown order, the yielded value, exceptions reaching the generator, and suppression by it.
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")
with tag("div") as t:
    print("inside", t)
    with tag("p"):
        print("nested")
@contextmanager
def guarded(label):
    print("enter", label)
    try:
        yield
    except ValueError as e:
        print("handled in", label, "->", e)
    finally:
        print("cleanup", label)
with guarded("A"):
    raise ValueError("boom")
print("after A")
try:
    with guarded("B"):
        raise KeyError("k")
except KeyError as e:
    print("escaped", repr(e))
@contextmanager
def no_cleanup_on_error():
    print("start")
    yield
    print("only on success")
try:
    with no_cleanup_on_error():
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextmanager
def never_yields():
    if False:
        yield
try:
    with never_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
