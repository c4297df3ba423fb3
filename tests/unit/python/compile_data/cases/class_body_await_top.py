class C:
    x = [y async for y in z]
