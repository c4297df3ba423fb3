# SyntaxError: await inside a normal (non-async) function.
def fetch():
    result = await get_data()
    return result
