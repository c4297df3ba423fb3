del f(a, b)
