# SyntaxError: C's x++.
x = 1
x++
