print(1 if x else 2, *y, z=3)
