# PEP 479: StopIteration raised inside a generator becomes RuntimeError("generator raised StopIteration").
def leaky():
    yield 1
    raise StopIteration("leaked")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))
def uses_next(it):
    while True:
        yield next(it)
try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError", e)
def fixed(it):
    for x in it:
        yield x
print(list(fixed(iter([1, 2]))))
def safe(it):
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(safe(iter("ab"))))
def reentrant():
    yield next(gen_self)
gen_self = reentrant()
try:
    next(gen_self)
except ValueError as e:
    print("ValueError", e)
