# wait_for (3.11): on timeout it cancels the inner task, waits for it to
# finish, and raises TimeoutError; if the waiting task is cancelled, the
# inner one is cancelled too.
import asyncio


async def work(name, delay, swallow=False):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(delay)
        print(f"t={loop.time()} {name} finished")
        return name
    except asyncio.CancelledError:
        print(f"t={loop.time()} {name} cancelled")
        if swallow:
            await asyncio.sleep(0.1)
            print(f"t={loop.time()} {name} returns anyway")
            return name + " anyway"
        raise


async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.wait_for(work("fast", 0.5), 1)
    print(f"t={loop.time()} got {r}")
    try:
        await asyncio.wait_for(work("slow", 2), 1)
    except asyncio.TimeoutError as e:
        print(f"t={loop.time()} TimeoutError cause={type(e.__cause__).__name__}")
    r = await asyncio.wait_for(work("swallow", 2, swallow=True), 1)
    print(f"t={loop.time()} got {r}")
    r = await asyncio.wait_for(work("none", 0.5), None)
    print(f"t={loop.time()} got {r}")
    try:
        await asyncio.wait_for(work("zero", 1), 0)
    except asyncio.TimeoutError:
        print(f"t={loop.time()} zero timeout")
    fut = loop.create_future()
    fut.set_result("done already")
    r = await asyncio.wait_for(fut, 0)
    print(f"t={loop.time()} got {r}")

    inner = asyncio.create_task(work("inner", 5))
    outer = asyncio.create_task(asyncio.wait_for(inner, 3))
    await asyncio.sleep(1)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print(f"t={loop.time()} outer.cancelled={outer.cancelled()} inner.cancelled={inner.cancelled()}")


asyncio.run(main())
