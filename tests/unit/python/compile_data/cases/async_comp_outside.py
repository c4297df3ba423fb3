def g():
    return [x async for x in y]
