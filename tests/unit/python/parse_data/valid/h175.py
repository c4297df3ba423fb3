[i for i in range(5) if (j := 0) for j, k in [(0, 1)]]
