del (1,)
