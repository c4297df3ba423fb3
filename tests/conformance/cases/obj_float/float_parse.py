# float(str) parsing: whitespace, signs, underscores, inf/nan spellings, exponents, and ValueError messages.
good = ["3.14", "  -2.5  ", "+1e3", "1E-3", "1_000.5", "1_0e1_0", ".5", "5.", "inf", "-inf", "Infinity",
        "-iNfInItY", "nan", "NaN", "-nan", "\n 7 \t", "1e400", "-1e400", "1e-400", "10",
        "00012", "1.7976931348623157e308", "4.9e-324", "2.4e-324", "٣.٥"]
for s in good:
    print(repr(s), float(s))
bad = ["", " ", "abc", "1,5", "1..2", "1e", "e5", "1_", "_1", "1__0", "in f", "nan1", "0x10", "1.5.", "- 1"]
for s in bad:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
for obj in [None, [1], "1j"]:
    try:
        float(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(float(), float(True), float(b"2.5"), float(" -0 "))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("0x1.fffffffffffffp+1023"))
print((0.5).hex(), (1.0).hex(), (0.1).hex(), (-3.75).hex(), (0.0).hex(), float("inf").hex())
try:
    float.fromhex("0x1p9999")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
