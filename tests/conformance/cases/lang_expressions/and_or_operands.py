# and/or return one of their operands, not necessarily a bool; short-circuit evaluation.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "x", [0] and "x", "a" and "b" and "c", "a" or "b" or "c")
print(not [], not [0], not "", not None, not 0.0, not 0j)
def side(tag, value):
    print("  eval", tag)
    return value
print("result:", side("A", 0) and side("B", 1))
print("result:", side("A", 1) and side("B", 0) or side("C", "c"))
print("result:", side("A", "") or side("B", None) or side("C", 0))
print(type(1 and 2.0).__name__, type(0 or "s").__name__)
name = ""
print(name or "anonymous")
x = None
print(x is None and "none" or "something")
