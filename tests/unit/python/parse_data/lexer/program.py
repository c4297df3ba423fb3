import asyncio


async def worker(name: str, delay: float = 0.5) -> str:
    """Sleep, then report."""
    await asyncio.sleep(delay)
    return f"{name} done after {delay:.1f}s"


async def main():
    results = await asyncio.gather(*(worker(f"w{i}", i / 10) for i in range(3)))
    for line in results:
        print(line)
    match results:
        case [first, *rest]:
            print(first, len(rest))
        case _:
            pass


asyncio.run(main())
