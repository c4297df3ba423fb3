# SyntaxError: illegal target for augmented assignment.
a, b = 1, 2
a, b += 1
