async def foo():
                def bar():
                 [i for i in els if await i]
            