# shield: cancelling the outer future leaves the inner task running.
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    print(f"t={asyncio.get_running_loop().time()} {name} finished")
    return name


async def waiter(name, aw):
    try:
        r = await asyncio.shield(aw)
        print(f"t={asyncio.get_running_loop().time()} {name} got {r}")
    except asyncio.CancelledError:
        print(f"t={asyncio.get_running_loop().time()} {name} cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    inner = asyncio.create_task(work("inner", 1))
    w = asyncio.create_task(waiter("w", inner))
    await asyncio.sleep(0.5)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print(f"t={loop.time()} inner.done={inner.done()}")
    r = await inner
    print(f"t={loop.time()} inner result {r}")

    inner = asyncio.create_task(work("inner2", 0.5))
    await asyncio.create_task(waiter("w2", inner))

    inner = asyncio.create_task(work("inner3", 0.5))
    w = asyncio.create_task(waiter("w3", inner))
    await asyncio.sleep(0.1)
    inner.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print(f"t={loop.time()} w3.cancelled={w.cancelled()}")
    done = loop.create_future()
    done.set_result("ready")
    print(f"shield(done) is done: {asyncio.shield(done) is done}")


asyncio.run(main())
