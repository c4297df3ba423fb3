# asyncio.wait with each return_when, and with a timeout (no exception,
# nothing cancelled).
import asyncio


async def child(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return ",".join(sorted(t.get_name() for t in tasks))


async def main():
    loop = asyncio.get_running_loop()
    for mode in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        ts = [asyncio.create_task(child("a", 0.3), name="a"),
              asyncio.create_task(child("b", 0.1), name="b"),
              asyncio.create_task(child("c", 0.2, fail=True), name="c")]
        done, pending = await asyncio.wait(ts, return_when=mode)
        print(f"t={loop.time()} {mode}: done={names(done)} pending={names(pending)}")
        await asyncio.wait(ts)
        for t in ts:
            if not t.cancelled():
                t.exception()
    ts = [asyncio.create_task(child("x", 1), name="x"), asyncio.create_task(child("y", 0.2), name="y")]
    done, pending = await asyncio.wait(ts, timeout=0.5)
    print(f"t={loop.time()} timeout: done={names(done)} pending={names(pending)}")
    done, pending = await asyncio.wait(ts, timeout=0.5)
    print(f"t={loop.time()} again: done={names(done)} pending={names(pending)}")
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(f"ValueError {e}")


asyncio.run(main())
