# Value patterns (dotted names) vs capture patterns; enum members as values.
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
class Consts:
    LIMIT = 10
    NAME = "limit"
def check(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Consts.LIMIT:
            return "at limit"
        case Consts.NAME:
            return "the name"
        case _:
            return "unknown"
for v in [Color.RED, Color.GREEN, 10, 10.0, "limit", 1, "x"]:
    print(repr(v), check(v))
RED = "not used as value"
match "anything":
    case RED:
        print("bare name captures:", RED)
