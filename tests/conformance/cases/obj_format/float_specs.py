# format specs for floats: precision, types e E f F g G % n, sign, z, #, grouping, width and alignment.
vals = [3.14159265, -2.5, 1234567.891, 0.000012345, 1e16, 0.0, -0.0, 1.5e-10, 100.0, 2.5, float("inf"), float("nan")]
specs = ["", ".2f", "f", "F", ".0f", "#.0f", "e", ".3E", "g", ".3g", "#g", "G", "%", ".1%", "10.2f", "<10.2f",
         "^12.3e", "+.1f", " .1f", "z.1f", ",.2f", "_.2f", "012.3f", "n", ".10n"]
for v in vals:
    print(repr(v), " ".join(repr(format(v, s)) for s in specs[:13]))
    print(" " * len(repr(v)), " ".join(repr(format(v, s)) for s in specs[13:]))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(2.675, ".2f"), format(1.005, ".2f"))
print(format(1e300, ".2f")[:20], len(format(1e300, "f")), format(2 ** 0.5, ".30f"))
print(format(123456789.0, "g"), format(123456.0, "g"), format(1234567.0, "g"), format(0.0001, "g"), format(0.00001, "g"))
print(format(1e16, ".16g"), format(1e16, ".17g"), format(0.1, ".17g"), format(0.1, ".55g"))
print(format(-0.0001, "z.2f"), format(-0.0, "z"), format(-0.0, "zg"), format(-1e-10, "z.3e"))
print(format(12.5, "=+10.2f"), format(-12.5, "*=10.2f"), format(12.5, "0=10.1f"))
