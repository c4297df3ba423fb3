async def foo(xs):
    [x async for x in xs]
