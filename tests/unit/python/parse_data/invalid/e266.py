[x, y]: list = 1
