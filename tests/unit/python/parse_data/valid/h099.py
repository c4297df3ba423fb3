lrange = lambda n:  [i for i in range(n)]
