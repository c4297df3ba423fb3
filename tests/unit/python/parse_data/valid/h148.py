sum({i*i for i in range(100) if i&1 == 1})
