async def f():
    await g()
    async for x in y:
        pass
    async with a as b:
        pass
    async with (a as b, c as d):
        pass
    return [x async for x in y]

async def g(a, *b, **c) -> int:
    async for x in y:
        pass
    else:
        pass
