# SyntaxError: a class keyword argument repeated.
class A(metaclass=type, metaclass=type): pass
