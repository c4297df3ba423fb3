async def f(a = 5, b=1, /, c, d=2): pass
