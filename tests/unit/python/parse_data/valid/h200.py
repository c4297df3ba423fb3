[(x, y) [i, j]]
