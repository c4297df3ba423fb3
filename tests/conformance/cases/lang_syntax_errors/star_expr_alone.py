# SyntaxError: a starred expression as a statement.
*a
