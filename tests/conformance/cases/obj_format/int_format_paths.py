# format() and % of ints on the small-int and big-int paths: every presentation type, flags,
# grouping and zero padding, errors, %s/%d plain and with flags.
vals = [0, 1, -1, 7, -7, 255, -255, 12345678, -12345678, 2**62, -2**62, 2**63-1, -2**63, 2**64, -2**70, True, False]
specs = ["", "d", "05d", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "n", "+d", " d", "-d", "08x", "=+9d", "<7d", "^9x",
         ">10,d", "_x", "_b", ",", "_", "010,d", "012_x", "*^12,", "c", "e", ".2f", "%", "g", "z", ".3", "0=12", "#012b", "x<10X"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(v, out)
for v in vals:
    for f in ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%s", "%r", "%.3d", "%#x"]:
        try:
            print(f, repr(f % v), end=" ")
        except Exception as e:
            print(type(e).__name__, e, end=" ")
    print()
print("%s-%s" % ("a", "é"), "%s" % ["x"], "%s %d" % ("x", 3), "%(a)s %(b)d" % {"a": "A", "b": 5})
class S(str): pass
print("%s|" % S("sub"), "%d" % 3.7, "%s" % 12)
