# Generator send(), throw(), close(): GeneratorExit, finally blocks, values through send.
def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            print("  received", value)
            if value is None:
                continue
            total += value
    except GeneratorExit:
        print("  GeneratorExit caught, cleaning up")
        raise
    finally:
        print("  finally in accumulator")
acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(next(acc))
acc.close()
print("closed; close again is fine:", acc.close())
try:
    acc.send(1)
except StopIteration:
    print("send after close -> StopIteration")
g = accumulator()
try:
    g.send(3)
except TypeError as e:
    print("TypeError", e)
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  caught inside:", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("not caught"))
except KeyError as e:
    print("propagated", repr(e))
print(next(c, "exhausted"))
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError", e)
def never_started():
    try:
        yield 1
    finally:
        print("  finally of never started generator (not printed)")
ns = never_started()
ns.close()
print("closed unstarted generator")
