def g():
    return {x: 1 async for x in y}
