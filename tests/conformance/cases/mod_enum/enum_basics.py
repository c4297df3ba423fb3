# Enum: repr/str/format, name/value, lookup by value and name (error messages), iteration, aliases, comparison.
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, f"{Color.GREEN}", format(Color.BLUE), str(Color.BLUE))
print(list(Color), len(Color), Color.CRIMSON, Color.CRIMSON is Color.RED, Color(2), Color["BLUE"])
print(list(Color.__members__), Color.__members__["CRIMSON"])
for call in [lambda: Color(5), lambda: Color["PINK"], lambda: Color("RED")]:
    try:
        call()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED in Color, isinstance(Color.RED, Color))
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 10
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Color.RED).__name__, type(Color).__name__, Color.RED.__class__ is Color, hash(Color.RED) == hash(Color.RED))
print({Color.RED: "stop", Color.GREEN: "go"}, sorted(Color, key=lambda c: c.name))
print([c.name for c in Color], [c.value for c in Color])
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))
