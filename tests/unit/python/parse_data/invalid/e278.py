yield x = 3
