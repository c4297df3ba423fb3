def foo():
                   async for i in arange(2):
                       pass
            
