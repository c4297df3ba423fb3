# gather: results in argument order whatever order the children finish in;
# without return_exceptions the first error propagates at once and the other
# children keep running; with it, errors take their place in the results.
import asyncio


async def child(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        print(f"t={asyncio.get_running_loop().time()} {name} fails")
        raise ValueError(name)
    print(f"t={asyncio.get_running_loop().time()} {name} done")
    return name


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(child("a", 0.3), child("b", 0.1), child("c", 0.2))
    print(f"t={loop.time()} results {results}")

    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "f")
    results = await asyncio.gather(fut, child("d", 0.05), fut)
    print(f"t={loop.time()} duplicates {results}")

    try:
        await asyncio.gather(child("e", 0.3), child("f", 0.1, fail=True), child("g", 0.2, fail=True))
    except ValueError as e:
        print(f"t={loop.time()} caught ValueError {e}")
    await asyncio.sleep(0.5)

    cancelled = asyncio.create_task(child("h", 1.0))
    loop.call_later(0.1, cancelled.cancel)
    results = await asyncio.gather(child("i", 0.2), child("j", 0.1, fail=True), cancelled,
                                   return_exceptions=True)
    for r in results:
        print(f"t={loop.time()} {type(r).__name__} {r!s}")
    results = await asyncio.gather()
    print(f"t={loop.time()} empty {results}")


asyncio.run(main())
