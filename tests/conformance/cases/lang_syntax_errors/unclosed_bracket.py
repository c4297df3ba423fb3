# SyntaxError: a list bracket that is never closed at end of file.
numbers = [1, 2, 3

