class = "x"
