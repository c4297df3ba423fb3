lambda a = 5, b, /, c: None
