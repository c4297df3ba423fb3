# Docstrings of functions, classes, methods and modules; non-first-statement strings are not docstrings.
"""Module docstring here."""
def f():
    """First line.

    More details.
    """
def g():
    x = 1
    """not a docstring"""
class C:
    """Class doc."""
    def m(self):
        "method doc"
print(repr(f.__doc__))
print(g.__doc__, C.__doc__, C.m.__doc__, C().m.__doc__)
print(__doc__)
print(repr(int.__doc__.splitlines()[0]))
