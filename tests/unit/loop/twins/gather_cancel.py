# Cancelling a gather cancels its children; once they are done the gather
# raises CancelledError. A cancelled child makes a gather without
# return_exceptions raise CancelledError at once.
import asyncio


async def child(name, delay):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(delay)
        print(f"t={loop.time()} {name} done")
    except asyncio.CancelledError:
        print(f"t={loop.time()} {name} cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    g = asyncio.gather(child("a", 1), child("b", 2))
    loop.call_later(0.5, g.cancel)
    try:
        await g
    except asyncio.CancelledError:
        print(f"t={loop.time()} gather cancelled {g.cancelled()}")

    t = asyncio.create_task(child("c", 1))
    g = asyncio.gather(t, child("d", 0.5), return_exceptions=True)
    print(f"t={loop.time()} cancel gather -> {g.cancel('stop')}")
    try:
        await g
    except asyncio.CancelledError as e:
        print(f"t={loop.time()} gather raised CancelledError {e!s}")

    t = asyncio.create_task(child("e", 1))
    loop.call_later(0.2, t.cancel)
    try:
        await asyncio.gather(t, child("f", 0.5))
    except asyncio.CancelledError:
        print(f"t={loop.time()} child cancelled -> gather raised")
    await asyncio.sleep(1)
    print(f"t={loop.time()} main done")


asyncio.run(main())
