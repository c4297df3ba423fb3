# SyntaxError: an assignment expression in a comprehension iterable.
[x for x in (y := [1, 2])]
