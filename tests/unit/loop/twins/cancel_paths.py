# Every way a task gets cancelled (tasks.py: _must_cancel, _fut_waiter,
# cancelling/uncancel, messages).
import asyncio


async def sleeper(name, delay):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(delay)
        print(f"t={loop.time()} {name} slept")
    except asyncio.CancelledError as e:
        print(f"t={loop.time()} {name} cancelled {e!s}")
        raise


async def waits_on(name, awaitable):
    try:
        await awaitable
    except asyncio.CancelledError as e:
        print(f"t={asyncio.get_running_loop().time()} {name} cancelled {e!s}")
        raise


async def stubborn():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"t={loop.time()} stubborn ignores it, cancelling={asyncio.current_task().cancelling()}")
    await asyncio.sleep(1)
    print(f"t={loop.time()} stubborn done")
    return "stubborn"


async def main():
    loop = asyncio.get_running_loop()
    # on a future
    fut = loop.create_future()
    t = asyncio.create_task(waits_on("on-future", fut))
    await asyncio.sleep(0)
    print(f"cancel -> {t.cancel('why')} fut.cancelled={fut.cancelled()}")
    await asyncio.gather(t, return_exceptions=True)
    print(f"t.cancelled={t.cancelled()}")

    # on a task: the cancellation goes to the inner task
    inner = asyncio.create_task(sleeper("inner", 1))
    outer = asyncio.create_task(waits_on("outer", inner))
    await asyncio.sleep(0.1)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print(f"inner.cancelled={inner.cancelled()} outer.cancelled={outer.cancelled()}")

    # before the first step: the coroutine never runs
    t = asyncio.create_task(sleeper("early", 1))
    print(f"cancel -> {t.cancel()} cancelling={t.cancelling()}")
    print(f"cancel again -> {t.cancel()} cancelling={t.cancelling()}")
    print(f"uncancel -> {t.uncancel()}")
    await asyncio.gather(t, return_exceptions=True)
    print(f"early.cancelled={t.cancelled()} cancel when done -> {t.cancel()}")

    # a task that swallows the cancellation goes on
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.5)
    t.cancel()
    result = await t
    print(f"t={loop.time()} stubborn result {result} cancelled={t.cancelled()}")

    # cancelled while its wakeup is already scheduled (the future is done)
    fut = loop.create_future()
    t = asyncio.create_task(waits_on("woken", fut))
    await asyncio.sleep(0)
    fut.set_result(1)
    print(f"cancel after set_result -> {t.cancel('late')}")
    await asyncio.gather(t, return_exceptions=True)
    print(f"woken.cancelled={t.cancelled()}")

    # a task cancelling itself
    async def self_cancel():
        asyncio.current_task().cancel("me")
        print("self_cancel still runs")
        await asyncio.sleep(1)
        print("never")
    t = asyncio.create_task(self_cancel())
    results = await asyncio.gather(t, return_exceptions=True)
    print(f"t={loop.time()} self_cancel -> {type(results[0]).__name__} {results[0]!s}")

    # awaiting a cancelled task raises CancelledError with its message
    t = asyncio.create_task(sleeper("msg", 1))
    await asyncio.sleep(0)
    t.cancel("with message")
    try:
        await t
    except asyncio.CancelledError as e:
        print(f"t={loop.time()} awaiting it raised {e!s}")


asyncio.run(main())
