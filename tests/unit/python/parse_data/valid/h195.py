[(i for i in range(5)) [i, j]]
