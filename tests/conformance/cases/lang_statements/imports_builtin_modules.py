# import forms: import x, import x as y, from x import a, b as c, from x import *, dotted.
import math
import sys as system
from math import pi, sqrt as square_root
from collections import OrderedDict, namedtuple
import collections.abc
from functools import *
print(math.floor(2.7), math.ceil(2.1), round(pi, 5), square_root(16))
print(system.version_info[:2], type(system.argv).__name__)
print(math.__name__, system.__name__, collections.abc.__name__)
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(isinstance([], collections.abc.Sequence))
Point = namedtuple("Point", "x y")
print(Point(1, 2), OrderedDict(a=1))
import math as m
print(m is math, m.gcd(12, 18), m.factorial(10), m.isclose(0.1 + 0.2, 0.3))
from math import *
print(floor(-0.5), inf, isnan(nan), e)
try:
    import does_not_exist_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    from sys import nothing_here
except ImportError as e:
    print("ImportError", e)
def local_import():
    import string
    return string.ascii_lowercase[:5]
print(local_import())
print("string" in dir())
