@dec
async def f():
    x = await a + await b
    y = await a.b(c)[d]
    await asyncio.sleep(1)
    z = (await q for q in r)
