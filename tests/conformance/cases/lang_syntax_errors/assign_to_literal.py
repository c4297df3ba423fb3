# SyntaxError: cannot assign to literal.
5 = x
