# str.format and %-formatting alongside f-strings: positional, named, index, attribute.
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Lee", age=30))
print("{0[1]} {0[0]}".format(["first", "second"]))
print("{d[key]}".format(d={"key": "v"}))
print("{:>8.2f}|{:<4d}|{:^6}".format(3.14159, 42, "mid"))
print("{!r} {!s}".format("s", "s"))
print("%s %d %5.2f %x %o %r %%" % ("str", 42, 3.14159, 255, 8, "r"))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7})
print("%-5s|%5s|" % ("ab", "cd"))
print("%c%c" % (72, "i"))
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError", e)
try:
    print("{x}".format(y=1))
except KeyError as e:
    print("KeyError", e)
