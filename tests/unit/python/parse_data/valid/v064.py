import asyncio

async def fetch(n):
    await asyncio.sleep(0.1 * n)
    return n * 2

async def main():
    tasks = [asyncio.create_task(fetch(i)) for i in range(3)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    print(f"results: {results!r}")

asyncio.run(main())
