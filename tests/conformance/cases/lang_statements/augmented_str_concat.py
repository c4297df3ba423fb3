# s += t on strings: a string built up in a loop, and every way another name
# can still see the old value (aliases, containers, dict keys, globals,
# closures, default arguments, interned literals) must keep seeing it.

GLOBAL = "g"


def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


print(len(build(100000)), build(25))


def aliases():
    s = "start"
    s += "-"  # a fresh str now, held only by s
    alias = s
    s += "a"
    print(repr(alias), repr(s))
    kept = [s]
    s += "b"
    print(kept, repr(s))
    table = {s: 1}
    s += "c"
    print(table, repr(s), table.get("start-ab"), s in table)
    first = s
    for piece in "xyz":
        s += piece
    print(repr(first), repr(s), first is s)
    h = hash(s)
    s += "!"
    print(h == hash(s[:-1]), hash(s) == hash("start-abcxyz!"))
    same = "lit"
    same += ""
    print(repr(same), same == "lit")
    u = "é"
    u += "ü"
    u += "x"
    print(u, len(u), u.upper(), u[1], u.encode())


aliases()


def globals_and_cells():
    global GLOBAL
    GLOBAL += "h"
    cell = "c"

    def inner():
        return cell

    cell += "d"
    print(GLOBAL, inner(), cell)


globals_and_cells()


def defaults(x="def"):
    x += "+"
    return x


print(defaults(), defaults(), defaults("other"))


def self_append():
    s = "ab"
    s += s
    s += s
    return s


print(self_append())


class Box:
    def __init__(self):
        self.text = ""

    def add(self, piece):
        self.text += piece
        return self


box = Box()
snapshot = box.add("one").text
box.add("two")
print(snapshot, box.text)

words = ["alpha", "beta", "gamma"]
line = ""
for w in words:
    line += w
    line += " "
print(repr(line.strip()))
