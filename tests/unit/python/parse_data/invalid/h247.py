print(end1 + end2 = ' ')
