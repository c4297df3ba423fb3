# raise ... from None hides the original exception in the traceback.
def get(d, key):
    try:
        return d[key]
    except KeyError:
        raise AttributeError(f"no attribute {key!r}") from None
print(get({"a": 1}, "a"))
get({"a": 1}, "b")
