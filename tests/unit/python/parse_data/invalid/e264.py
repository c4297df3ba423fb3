x.y: int, z = 1
