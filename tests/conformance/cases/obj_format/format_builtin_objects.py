# format() builtin with None, lists, user classes with and without __format__, and bool/complex specs.
print(format(None), format([1, 2]), format((1,)), format({"a": 1}), format(3 + 4j), format(1j, ".2f"))
print(repr(format(None, "")), repr(format([1, 2], "")))
try:
    format(None, "10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([1], ">5")
except TypeError as e:
    print(type(e).__name__, e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __str__(self):
        return "Money(str)"
    def __repr__(self):
        return "Money(repr)"
m = Money(12345)
print(format(m), format(m, "short"), format(m, ",.1f"), f"{m}", f"{m:short}", f"{m!s}", f"{m!r}", "{}".format(m), "{:short}".format(m))
class Plain:
    def __str__(self):
        return "plain!"
p = Plain()
print(format(p), f"{p}", f"{p!s:>8}|", "{0!r:.4}".format(Money(1)))
try:
    format(p, "x")
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(format(2 + 3j, "^20"), format(1.5 - 2j, "+.1e"), format(complex(0, -0.0)))
print(format(1234.5, ","), format(1234, "x"), format(65, "c"), format(0.25, "%"))
