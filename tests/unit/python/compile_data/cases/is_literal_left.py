x = 1
y = 1 is x
