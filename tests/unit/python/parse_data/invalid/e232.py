f(*a, **k, *b)
