l = [a, (3, 4), {5}, {6: None}, (i for i in range(7, 10))]
