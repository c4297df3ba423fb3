if 0: yield
else:  x=1
