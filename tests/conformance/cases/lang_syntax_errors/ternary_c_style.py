# SyntaxError: C's ?: conditional.
x = 1
y = x ? 1 : 2
