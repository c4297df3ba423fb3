g = (i*i for i in range(10) if i in include)
