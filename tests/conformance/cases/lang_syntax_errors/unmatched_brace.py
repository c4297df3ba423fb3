# SyntaxError: a set literal closed with the wrong bracket.
x = {1, 2]
