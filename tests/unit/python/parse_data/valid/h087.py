class X(metaclass=z):
    pass
