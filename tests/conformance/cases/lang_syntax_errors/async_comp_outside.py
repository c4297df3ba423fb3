# SyntaxError: an async comprehension inside a plain def.
def f():
    return [x async for x in y]
