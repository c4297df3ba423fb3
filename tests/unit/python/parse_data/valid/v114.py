@f
@g
async def h(): pass
