# Chained comparisons evaluate each middle operand once and short-circuit.
calls = []
def v(name, value):
    calls.append(name)
    return value
print(v("a", 1) < v("b", 2) < v("c", 3), calls)
calls.clear()
print(v("a", 1) < v("b", 0) < v("c", 3), calls)
calls.clear()
print(v("a", 1) == v("b", 1) != v("c", 2) <= v("d", 2), calls)
calls.clear()
x = 5
print(0 < x < 10, 0 < x > 3, 1 < 2 > 0 < 5, x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 5 < 4, "a" < "b" < "c")
print(1 in [1] in [[1]], 2 not in [1] is not None)
a = b = [1]
print(a is b is not None, [1] == a is b)
print(1 < 2 == True, (1 < 2) == True)
