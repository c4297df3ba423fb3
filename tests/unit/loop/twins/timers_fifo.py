# Timers run in deadline order, and timers with equal deadlines in the order
# they were scheduled. A due timer goes to the END of the ready queue.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()

    def cb(name):
        print(f"t={loop.time()} {name}")

    loop.call_later(0.2, cb, "late")
    for name in "ABC":
        loop.call_later(0.1, cb, name)
    loop.call_at(t0 + 0.1, cb, "D")
    loop.call_later(0.1, cb, "cancelled").cancel()
    loop.call_later(0.05, cb, "early")
    loop.call_soon(cb, "soon")
    loop.call_later(0, cb, "zero")
    loop.call_later(-1, cb, "negative")
    h = loop.call_later(0.15, cb, "never")
    loop.call_later(0.12, h.cancel)
    await asyncio.sleep(0.3)
    print(f"t={loop.time()} main done")


asyncio.run(main())
