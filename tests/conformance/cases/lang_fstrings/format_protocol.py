# __format__ is called by f-strings and format(); format spec passed through.
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        print("  __format__ called with", repr(spec))
        if spec == "won":
            return f"{self.amount:,}원"
        return format(self.amount, spec)
    def __str__(self):
        return "Money-str"
m = Money(1234567)
print(f"{m:won}")
print(f"{m:>12,}")
print(f"{m}")
print(f"{m!s}")
print(format(m, "x"))
print("{:won}".format(m))
class NoFormat:
    pass
try:
    print(f"{NoFormat():>5}")
except TypeError as e:
    print("TypeError", e)
print(format(3, ""), format("s"), format(2.5))
