x = [i for i in range(10) if i % 2 if i % 3]
y = [j for i in x for j in i]
z = [lambda: i for i in range(3)]
w = [(yield) for i in x]
