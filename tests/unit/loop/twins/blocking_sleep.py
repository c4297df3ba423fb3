# time.sleep inside a task blocks the whole loop: nothing else runs, and the
# virtual clock moves forward by the time slept.
import asyncio
import time


async def ticker():
    loop = asyncio.get_running_loop()
    for i in range(3):
        await asyncio.sleep(0.3)
        print(f"t={loop.time()} tick {i}")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    loop.call_soon(print, "a callback queued before the block")
    await asyncio.sleep(0)
    print(f"t={loop.time()} main blocks")
    time.sleep(1)
    print(f"t={loop.time()} main slept 1 blocking")
    time.sleep(0.25)
    await t
    print(f"t={loop.time()} done")


asyncio.run(main())
