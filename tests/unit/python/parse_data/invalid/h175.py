del (a + b, c)
