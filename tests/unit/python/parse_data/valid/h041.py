'docstring'
x = 1