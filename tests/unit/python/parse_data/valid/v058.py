x = {**a, **b}
y = {'a': 1, 'b': 2, 'c': 3,}
z = {x: y for x, y in z if x}
w = {1: 2}
v = {(1, 2): 3}
