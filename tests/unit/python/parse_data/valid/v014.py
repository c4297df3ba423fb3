a = [x for x in y]
b = {x for x in y if x if not x}
c = {k: v for k, v in d.items()}
d = (x for x in y for y in z)
e = [x async for x in aiter() if await x]
f = [(x, y) for x in range(3) for y in range(x)]
g = [[y for y in x] for x in z]
