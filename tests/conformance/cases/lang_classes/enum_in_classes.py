# Enum classes used in learner code: members, values, iteration, comparison, auto, lookup errors.
from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Level(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color(2), Color["BLUE"])
print(Color.RED == 1, Color.RED is Color(1), Level.HIGH == 2, Level.LOW < Level.HIGH)
print(isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(9)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
for c in Color:
    print(c.name.lower(), c.value)
print({Color.RED: "stop"}[Color.RED])
print(f"{Color.GREEN}", f"{Level.HIGH}", str(Level.HIGH), Level.HIGH + 1)
