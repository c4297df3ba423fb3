z,(*x) = 1, 2 # doctest:+ELLIPSIS
