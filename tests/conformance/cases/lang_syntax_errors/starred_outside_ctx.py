# SyntaxError: a starred expression assigned alone.
x = *a
