# str() and repr() agree for floats; how floats print inside containers, f-strings and % formatting by default.
vals = [0.1, 1 / 3, 1e16, 1e-5, 2.0, -0.0, float("inf"), 1e22, 1.23456789012345678]
for v in vals:
    print(str(v), repr(v), f"{v}", f"{v!r}", "%s" % v, "%r" % v, format(v), format(v, ""), "{}".format(v))
print(vals)
print(tuple(vals[:3]), {"x": vals[0]})
print("%f" % 0.1, "%g" % 0.1, "%e" % 0.1, "%.17g" % 0.1, "%.20f" % 0.1)
print(f"{1e16:g}", f"{1e15:g}", f"{123456789.0:g}", f"{0.0001:g}", f"{0.00001:g}")
print(str(1.0), str(100.0), str(1e5), str(1.5e5), str(1e-3))
print(format(1e16, ""), format(1e16, "n"), format(12.0, ""), format(12.0, "<6"))
