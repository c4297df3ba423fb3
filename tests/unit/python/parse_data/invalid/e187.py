async with lock
    pass
