async for {target} in foo:
    pass