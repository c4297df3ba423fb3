# aiter() and anext() with and without a default, driven by hand (coroutine.send) instead of an event loop.
async def agen():
    yield "a"
    yield "b"
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    it = aiter(agen())
    print(type(it).__name__, await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = Countdown(2)
    print(await anext(c), await anext(c), await anext(c, None))
    print(type(anext(c, 0)).__name__)
    return "finished"
coro = main()
try:
    coro.send(None)
except StopIteration as stop:
    print("returned", stop.value)
for bad in (lambda: aiter(1), lambda: anext([]), lambda: aiter(type("NoNext", (), {"__aiter__": lambda self: 1})())):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
