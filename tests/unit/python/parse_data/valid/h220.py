[i for i in [2, 3, i := range(5)]]
