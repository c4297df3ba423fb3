'abc'[0]
