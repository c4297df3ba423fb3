# IntEnum/StrEnum/auto in 3.11: str() of IntEnum is the int, arithmetic, auto numbering and _generate_next_value_.
from enum import Enum, IntEnum, StrEnum, auto
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
print(Priority.HIGH, repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.HIGH}", format(Priority.LOW, "03d"), "%s" % Priority.MEDIUM)
print(Priority.HIGH > Priority.LOW, Priority.HIGH == 3, Priority.LOW + 10, sorted([3, Priority.LOW, 2]), Priority(2), [1, 2, 3][Priority.LOW])
class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()
print(list(Step), [s.value for s in Step])
class Mixed(Enum):
    A = 10
    B = auto()
    C = auto()
print([m.value for m in Mixed])
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()
print(list(Lower), Lower.BETA.value)
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode.READ.upper(), f"{Mode.WRITE}", list(Mode))
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(type(e).__name__, e)
