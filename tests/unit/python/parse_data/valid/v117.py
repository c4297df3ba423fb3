x = (a for a in b)
y = f(a for a in b)
z = f((a for a in b), c)
