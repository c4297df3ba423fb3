# SyntaxError: two starred targets in one assignment.
a, *b, *c, d = range(10)
