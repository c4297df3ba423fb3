# Coroutines awaiting coroutines, __await__ generators and plain generators, driven by send/throw
# without an event loop: values in and out, injected exceptions, reuse errors, tracebacks, depth.
import types


class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield ("tick", self.label)
        return f"{self.label}:{got}"


def raw_gen(v):
    r = yield v
    return r


class raw_yield:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return raw_gen(self.v)


async def leaf(n):
    total = []
    for i in range(n):
        total.append(await Tick(i))
    r = await raw_yield("raw")
    total.append(r)
    return total


async def middle():
    a = await leaf(2)
    b = await leaf(1)
    return a + b


async def top():
    try:
        r = await middle()
    except ZeroDivisionError as e:
        return ("caught", str(e))
    return r


def drive(coro, inject=None):
    value = None
    step = 0
    while True:
        try:
            if inject and step == inject[0]:
                yielded = coro.throw(inject[1])
            else:
                yielded = coro.send(value)
        except StopIteration as stop:
            return stop.value
        print("  yielded", yielded)
        value = step * 10
        step += 1


print(drive(top()))
print(drive(top(), (2, ZeroDivisionError("inject"))))

c = leaf(1)
print(drive(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


async def reuse():
    inner = leaf(0)
    await inner
    await inner


try:
    drive(reuse())
except RuntimeError as e:
    print("reuse:", e)


async def failing():
    await Tick("x")
    raise KeyError("inside")


async def calls_failing():
    await failing()


try:
    drive(calls_failing())
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("KeyError", e, names)


async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)


print(drive(deep(100)))
try:
    drive(deep(3000))
except RecursionError as e:
    print("RecursionError", e)

co = middle()
print(co.cr_running, co.cr_await)
co.send(None)
print(co.cr_running, type(co.cr_await).__name__)
co.close()
print(co.cr_frame)
