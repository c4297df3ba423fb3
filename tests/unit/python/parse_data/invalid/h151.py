lambda x: x = 2
