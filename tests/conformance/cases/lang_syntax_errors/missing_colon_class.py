# SyntaxError: missing colon after a class header.
class Point
    pass
