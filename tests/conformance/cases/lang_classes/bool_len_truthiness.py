# Truthiness of objects: __bool__ takes priority over __len__; default objects are truthy.
class WithBool:
    def __init__(self, b): self.b = b
    def __bool__(self):
        print("  __bool__")
        return self.b
class WithLen:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("  __len__")
        return self.n
class Both:
    def __bool__(self):
        print("  Both.__bool__")
        return False
    def __len__(self):
        print("  Both.__len__")
        return 5
class Plain:
    pass
print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)))
print(bool(Both()), bool(Plain()))
if not WithLen(0):
    print("empty WithLen is falsy")
print(WithLen(2) and "and-result", WithLen(0) or "or-result")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError", e)
