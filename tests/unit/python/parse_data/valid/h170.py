def bar():
                 [i for i in els
                    for c in b
                    async for b in els]
            
