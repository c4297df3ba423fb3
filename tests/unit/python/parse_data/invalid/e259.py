del x + y
