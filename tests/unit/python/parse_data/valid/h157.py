a,*b,*c,*d = range(4) # doctest:+ELLIPSIS
