while 0: yield
