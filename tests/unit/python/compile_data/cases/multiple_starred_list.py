[*a, b, *c] = d
