# Using an Enum: match-free dispatch via dicts, value lookups, and an uncaught ValueError for a bad value.
from enum import Enum
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
    SAT = 6
    SUN = 7
weekend = {Weekday.SAT, Weekday.SUN}
for n in [1, 6, 7]:
    day = Weekday(n)
    print(n, day, day.name.title(), "weekend" if day in weekend else "weekday")
print(Weekday.MON in Weekday, [d.name for d in Weekday if d.value % 2 == 0])
print(Weekday(8))
