def f(n):
    return ((i,j) for i in range(3) for j in range(n))
