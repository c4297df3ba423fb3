# Virtual clock arithmetic: a deadline is now + delay in doubles, and the
# clock jumps to the deadline itself.
import asyncio


async def ticker(name, delay, n):
    loop = asyncio.get_running_loop()
    for i in range(n):
        await asyncio.sleep(delay)
        print(f"t={loop.time()} {name} {i}")
    return name


async def main():
    loop = asyncio.get_running_loop()
    names = await asyncio.gather(ticker("a", 0.1, 5), ticker("b", 0.3, 2), ticker("c", 1 / 3, 3),
                                 ticker("d", 1e-5, 2))
    print(f"t={loop.time()} gathered {' '.join(names)}")


asyncio.run(main())
