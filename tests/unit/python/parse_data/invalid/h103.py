exec f(a+b,c)
