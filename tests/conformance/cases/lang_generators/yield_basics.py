# Generator functions: lazy execution order between next() calls, exhaustion, state.
def gen():
    print("  started")
    yield 1
    print("  after first yield")
    yield 2
    print("  finishing")
g = gen()
print("created", type(g).__name__)
print("next ->", next(g))
print("next ->", next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration, value:", e.value)
print("again:", next(g, "exhausted default"))
print(list(g))
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(5)), sum(squares(4)), max(squares(3)))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)

g2 = squares(2)
print(g2.gi_running, g2.gi_frame is None)
next(g2)
print(g2.gi_running, g2.gi_frame is None)
list(g2)
print(g2.gi_running, g2.gi_frame is None)
