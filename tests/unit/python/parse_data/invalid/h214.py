$who likes ${what)
