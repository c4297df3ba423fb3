x = 1
y = x < 2 is 3
