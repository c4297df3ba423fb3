# is vs ==: None/True/False singletons, copies of lists, equal values of different types.
x = None
print(x is None, x == None, x is not None)
print(True is True, (1 == 1) is True, bool(1) is True)
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a[:] is a, list(a) == a)
print(1 == 1.0, 1 == True, 0 == False, 1.0 == True, "1" == 1)
print(hash(1) == hash(1.0) == hash(True))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({1, 1.0, True}, len({0, 0.0, False, ""}))

print(type(None)() is None)
print(float("nan") == float("nan"))
nan = float("nan")
print(nan is nan, [nan] == [nan], nan in [nan])
print(type(...).__name__, ... is Ellipsis, NotImplemented is NotImplemented)
