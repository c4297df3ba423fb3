# SyntaxError: await inside a plain def.
async def g():
    pass
def f():
    await g()
