# "Did you mean" is added only when the traceback is printed: str(e) of a caught error has no suggestion.
class Point:
    def __init__(self):
        self.x = 1
        self.y = 2
p = Point()
try:
    p.xx
except AttributeError as e:
    print("caught str:", e)
    print("name/obj:", e.name, type(e.obj).__name__)
try:
    lenght = len([1])
    print(length)
except NameError as e:
    print("caught str:", e, "| name:", e.name)
import math
try:
    math.sqr(4)
except AttributeError as e:
    print("caught str:", e)
print(p.z)
