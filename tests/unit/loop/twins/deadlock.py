# Nothing ready, no timer pending: the loop would wait forever. The oracle
# reports it (exit status 3) after asyncio.run's shutdown cancelled the
# tasks still pending.
import asyncio


async def stuck(fut):
    try:
        await fut
    finally:
        print(f"t={asyncio.get_running_loop().time()} stuck cleans up")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(stuck(loop.create_future()))
    await asyncio.sleep(1)
    print(f"t={loop.time()} main waits on an event nobody sets")
    await asyncio.Event().wait()


asyncio.run(main())
