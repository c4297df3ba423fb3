# Function attributes: __name__, __qualname__, __doc__, __defaults__, __kwdefaults__, __module__, custom attrs.
def area(width, height=2, *, unit="cm"):
    """Compute an area."""
    return width * height
print(area.__name__, area.__qualname__, area.__doc__)
print(area.__defaults__, area.__kwdefaults__, area.__module__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)
class Box:
    def method(self):
        def inner():
            pass
        return inner
print(Box.method.__qualname__, Box().method().__qualname__, (lambda: 0).__qualname__)
area.unit_system = "metric"
print(area.unit_system, sorted(k for k in area.__dict__))
area.__defaults__ = (10,)
print(area(3))
renamed = area
renamed.__name__ = "new_name"
print(area.__name__)
print(callable(area), callable(3), callable(Box), callable(Box().method))
print(type(area).__name__, type(Box().method).__name__, type(len).__name__, type(print).__name__)
