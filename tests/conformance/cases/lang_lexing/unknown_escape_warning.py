# An unknown escape like "\d" is kept as-is (DeprecationWarning is not shown by default).
s = "\d\w\s"
print(s, len(s), repr(s))
print("\q" == "\\q")
b = b"\d"
print(b, len(b))
