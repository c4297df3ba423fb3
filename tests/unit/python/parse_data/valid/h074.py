include = (2,4,6,8)
