# The ready queue is FIFO, and each iteration runs only what was ready when it
# began (ntodo): what a callback schedules runs next iteration. Cancelled
# handles are skipped.
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    def cb(name, depth):
        print(f"t={loop.time()} {name}")
        if depth:
            loop.call_soon(cb, name + "'", depth - 1)

    for name in "ABC":
        loop.call_soon(cb, name, 2)
    loop.call_soon(cb, "X", 0).cancel()
    await asyncio.sleep(0)
    print(f"t={loop.time()} main after sleep(0)")
    await asyncio.sleep(0)
    print(f"t={loop.time()} main after 2nd sleep(0)")
    await asyncio.sleep(0.1)
    print(f"t={loop.time()} main done")


asyncio.run(main())
