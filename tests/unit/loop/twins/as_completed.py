# as_completed hands out results in completion order; after its timeout the
# remaining awaits raise TimeoutError.
import asyncio


async def child(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(child("a", 0.3)), asyncio.create_task(child("b", 0.1)),
          asyncio.create_task(child("c", 0.2, fail=True))]
    for f in asyncio.as_completed(ts):
        try:
            r = await f
            print(f"t={loop.time()} got {r}")
        except ValueError as e:
            print(f"t={loop.time()} ValueError {e}")
    ts = [asyncio.create_task(child("x", 1)), asyncio.create_task(child("y", 0.2))]
    for f in asyncio.as_completed(ts, timeout=0.5):
        try:
            r = await f
            print(f"t={loop.time()} got {r}")
        except asyncio.TimeoutError:
            print(f"t={loop.time()} TimeoutError")
    await ts[0]
    print(f"t={loop.time()} x still finished")


asyncio.run(main())
