x = 1 if True else 2
y = [1, 2][True]
z = {True: 1}[False == 0]
