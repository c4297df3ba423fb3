x = 1
y = not x is 1
