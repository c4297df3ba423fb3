[{i for i in range(5)} (3, 4)]
