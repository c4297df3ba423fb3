del a
del a, b
del a.b, c[d], e[1:2]
del (a, b), [c, d]
del (a)
