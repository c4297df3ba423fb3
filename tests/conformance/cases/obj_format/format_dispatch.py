# Who formats a value: exact ints, floats and strs format straight away, but
# subclasses keep their own __format__ / __str__, bool formats as bool, and a
# str subclass on the right of % may answer first through __rmod__.


class Money(float):
    def __format__(self, spec):
        return "$" + float.__format__(self, spec or ".2f")


class Loud(int):
    def __format__(self, spec):
        return "LOUD(" + int.__format__(self, spec) + ")"


class Quiet(int):
    def __str__(self):
        return "quiet"


class Template(str):
    def __rmod__(self, other):
        return "Template.__rmod__(" + repr(other) + ")"


for value in [7, -7, 2**70, True, False, 2.5, -0.0, Money(3), Loud(5), Quiet(9)]:
    row = [f"{value}", f"{value:>6}", "{}|{:>6}".format(value, value), format(value, "")]
    try:
        row.append(f"{value:08.3f}")
    except (TypeError, ValueError) as e:
        row.append(type(e).__name__ + ": " + str(e))
    try:
        row.append("{:x}".format(value))
    except (TypeError, ValueError) as e:
        row.append(type(e).__name__ + ": " + str(e))
    print(type(value).__name__, row)

for spec in ["s", "q", ",.2%", "_x", "c", "=+10,d", "#o", "e"]:
    for value in [255, 1234.5]:
        try:
            print(repr(spec), value, repr(format(value, spec)), repr("{:{}}".format(value, spec)))
        except (TypeError, ValueError, OverflowError) as e:
            print(repr(spec), value, type(e).__name__ + ":", e)

print("%s|%d|%5.1f|%r" % ("a", 3, 2.25, "q"))
print("%(x)s-%(y)03d" % {"x": "key", "y": 7})
print("value: %s" % Template("t"))
print("%s" % (Template("t"),))
text = "%d items"
text %= 4
print(text)
for bad in [("%d", "x"), ("%s %s", ("one",)), ("%s", ()), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
