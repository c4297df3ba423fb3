# printf-style % formatting: %d %i %s %r %f %e %g %x %o %c %%, widths, flags, tuples, dicts and * widths.
print("%d %i %s %r" % (42, -7, "str", "str"))
print("%f|%.2f|%5.1f|%-8.3f|%08.3f|%+.1f|% .1f" % (3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 2.0, 2.0))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x|%X|%#x|%#X|%o|%#o|%08x" % (255, 255, 255, 255, 8, 8, 48879))
print("%e|%E|%.2e|%g|%G|%.3g|%g|%g" % (12345.678, 12345.678, 0.000123, 0.0001, 1e-10, 1234567.0, 1e16, 100.0))
print("%c%c%c|%c" % (72, 105, 33, "Z"), "%c" % 44032)
print("100%%", "%d%%" % 50, "%s%%s" % "x")
print("%s" % [1, 2], "%s" % ((1, 2),), "%s and %s" % (1, 2), "%r" % ("a",))
print("%(name)s is %(age)d, %(name)r again" % {"name": "Lee", "age": 25})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % None, "%s" % True, "%d" % True, "%d" % 3.99, "%i" % -3.99, "%.0f" % 0.5, "%.0f" % 1.5)
print("%s %s" % ("a", "b"), "%s" % "only", "%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%x" % -255, "%o" % -8, "%d" % 10 ** 20, "%f" % 1e20, "%.3s" % "파이썬입니다")
print("%a" % "é", "%r" % "é", b"%d %s" % (1, b"x"))
errors = [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%(a)s", {"b": 1}),
          ("%c", 1114112), ("%c", "ab"), ("%x", 1.5), ("%", ()), ("%s %s", [1, 2])]
for fmt, args in errors:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
