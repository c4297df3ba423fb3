del (a := 5)
