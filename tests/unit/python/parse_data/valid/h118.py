def foo():
                   async def bar(): pass
                   if 1:
                       await a
            
