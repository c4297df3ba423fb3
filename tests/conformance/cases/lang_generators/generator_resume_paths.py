# Generators resumed by for loops and yield from: tracebacks, PEP 479, per-generator sys.exc_info,
# gi_running, break/close, return values, deep nesting (RecursionError), send/throw through a chain.
import sys


def numbers(n):
    for i in range(n):
        yield i
    return "done"


def relay(n):
    result = yield from numbers(n)
    print("relay got", result)
    return result + "!"


def outer():
    r = yield from relay(3)
    print("outer got", r)


print(list(outer()))

# A generator that raises: the traceback runs through the for loop's line and the generator's.
def failing():
    yield 1
    raise ValueError("boom")


try:
    for x in failing():
        print("item", x)
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("caught", e, lines)

# PEP 479: StopIteration inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("leak")


try:
    for x in leaky():
        print("leaky", x)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

# sys.exc_info is per generator.
def inspect_exc():
    print("in gen before:", sys.exc_info()[0])
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        print("in gen after resume:", sys.exc_info()[0].__name__)
    yield sys.exc_info()[0]


try:
    raise IndexError("outer")
except IndexError:
    for v in inspect_exc():
        print("got", v, "outside:", sys.exc_info()[0].__name__)

# gi_running and "already executing".
def selfish():
    print("running:", g.gi_running)
    try:
        next(g)
    except ValueError as e:
        print("ValueError:", e)
    yield 1


g = selfish()
for v in g:
    print("selfish yielded", v, g.gi_running)

# A generator abandoned mid-loop, then closed; then one resumed by next() after a for loop broke out.
def counted():
    try:
        for i in range(10):
            yield i
    finally:
        print("counted finally")


c = counted()
for v in c:
    if v == 2:
        break
print("next after break:", next(c))
c.close()
print("closed:", c.gi_frame)

# Return values through for loops are discarded; through yield from they come back.
def gen_ret():
    yield "a"
    return 42


print([v for v in gen_ret()])


def catcher():
    v = yield from gen_ret()
    yield v


print(list(catcher()))

# Deeply nested yield from: RecursionError, and the generators are finished afterwards.
def nest(n):
    if n == 0:
        yield "bottom"
    else:
        yield from nest(n - 1)


try:
    for v in nest(5000):
        print(v)
except RecursionError as e:
    print("RecursionError", e)
print(list(nest(50)))

# send() into a generator that delegates; throw() into the middle of a chain.
def echo():
    received = []
    while True:
        try:
            v = yield len(received)
        except KeyError as e:
            print("echo caught", repr(e))
            return received
        received.append(v)


def wrapper():
    r = yield from echo()
    print("wrapper result", r)
    yield "after"


w = wrapper()
print(next(w), w.send("x"), w.send("y"))
print(w.throw(KeyError("stop")))

# Generator expressions and nested generator loops.
print(sum(x * y for x in range(5) for y in (i for i in range(x))))
print(dict((k, list(v for v in range(k))) for k in range(4)))

# A generator that catches the exception its consumer's loop body raised? It cannot: the body is outside.
def noisy():
    try:
        yield 1
        yield 2
    except Exception as e:
        print("never", e)
    finally:
        print("noisy finally")


try:
    for v in noisy():
        raise TypeError("body")
except TypeError as e:
    print("body raised", e)
import gc
print("end")
