# TaskGroup (3.11): waits for its tasks; the first failure cancels the
# siblings and the body; errors come out as one ExceptionGroup.
import asyncio


async def child(name, delay, fail=False):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"t={loop.time()} {name} cancelled")
        raise
    if fail:
        print(f"t={loop.time()} {name} fails")
        raise ValueError(name)
    print(f"t={loop.time()} {name} done")
    return name


def show(eg):
    inner = ", ".join(f"{type(e).__name__}({e})" for e in eg.exceptions)
    return f"{type(eg).__name__}: {eg} [{inner}]"


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as g:
        a = g.create_task(child("a", 0.2))
        b = g.create_task(child("b", 0.1))
        print(f"t={loop.time()} body done")
    print(f"t={loop.time()} results {a.result()} {b.result()}")

    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(child("c", 1))
            g.create_task(child("d", 0.1, fail=True))
            await asyncio.sleep(2)
            print("never")
    except* ValueError as eg:
        print(f"t={loop.time()} {show(eg)}")

    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(child("e", 0.1, fail=True))
            g.create_task(child("f", 0.1, fail=True))
    except ExceptionGroup as eg:
        print(f"t={loop.time()} {show(eg)}")

    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(child("g", 0.5))
            raise ValueError("body")
    except ExceptionGroup as eg:
        print(f"t={loop.time()} {show(eg)}")

    # a timeout around a task group: expiry cancels the body and the children
    try:
        async with asyncio.timeout(0.5):
            async with asyncio.TaskGroup() as g:
                g.create_task(child("h", 1))
                await asyncio.sleep(1)
    except TimeoutError:
        print(f"t={loop.time()} TimeoutError, cancelling={asyncio.current_task().cancelling()}")

    # the parent task is cancelled while the group waits
    async def parent():
        async with asyncio.TaskGroup() as g:
            g.create_task(child("i", 1))
        print("never")
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.1)
    p.cancel()
    await asyncio.gather(p, return_exceptions=True)
    print(f"t={loop.time()} parent cancelled={p.cancelled()}")

    g = asyncio.TaskGroup()
    coro = child("j", 1)
    try:
        g.create_task(coro)
    except RuntimeError as e:
        print(f"RuntimeError {e}")
    coro.close()


asyncio.run(main())
