# yield from: delegation, return values of sub-generators, StopIteration.value.
def inner(tag):
    yield f"{tag}-1"
    yield f"{tag}-2"
    return f"{tag} done"
def outer():
    r1 = yield from inner("a")
    print("  inner returned:", r1)
    r2 = yield from inner("b")
    print("  inner returned:", r2)
    yield from [10, 20]
    yield from "xy"
    return "outer done"
g = outer()
while True:
    try:
        print("got", next(g))
    except StopIteration as e:
        print("outer StopIteration value:", e.value)
        break
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4], []], [[5]], 6])))
def returns_only():
    return 42
    yield
g = returns_only()
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)
def delegator():
    result = yield from returns_only()
    yield result
print(list(delegator()))
