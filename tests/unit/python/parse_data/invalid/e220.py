import = 2
