x = y[a, b:c, ::d, *e]
