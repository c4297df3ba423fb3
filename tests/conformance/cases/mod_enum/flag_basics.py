# enum.Flag/IntFlag: combining with |, membership with `in`, 3.11 reprs of combined members, iteration, ~ and zero.
from enum import Flag, IntFlag, auto
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(rw), rw.value, list(rw), len(rw))
print(Perm(7), repr(Perm(0)), bool(Perm(0)), ~Perm.R, rw & Perm.W, rw ^ Perm.R, Perm.R | Perm.R)
print(list(Perm), Perm(6).name, Perm(1).name, repr(Perm.R))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print([c.value for c in Color], list(Color), Color.WHITE, repr(Color.RED | Color.BLUE), Color.WHITE.name)
class Opt(IntFlag):
    A = 1
    B = 2
    C = 8
print(Opt.A | Opt.C, repr(Opt.A | Opt.B), Opt.A | 4, repr(Opt(12)), Opt.B + 1, str(Opt.C), int(Opt.A | Opt.B))
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)
