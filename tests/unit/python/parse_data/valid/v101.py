x = a.b.c.d.e.f
y = a().b().c()
z = a[0][1][2]
