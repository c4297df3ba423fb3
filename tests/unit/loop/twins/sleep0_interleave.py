# sleep(0) yields exactly once: tasks that yield take turns in FIFO order.
import asyncio


async def worker(name, n):
    for i in range(n):
        print(f"{name} {i}")
        await asyncio.sleep(0)
    print(f"{name} done")


async def main():
    a = asyncio.create_task(worker("A", 3))
    b = asyncio.create_task(worker("B", 2))
    print("main created")
    await asyncio.sleep(0)
    print("main resumed")
    c = asyncio.create_task(worker("C", 1))
    await a
    print("main after a")
    await b
    await c
    print("main done")


asyncio.run(main())
