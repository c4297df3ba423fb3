# Evaluation order and errors inside comprehensions, including a traceback-free caught error and dict key/value order.
log = []
def k(x):
    log.append(f"k{x}")
    return x
def v(x):
    log.append(f"v{x}")
    return x * 10
d = {k(i): v(i) for i in range(2)}
print(d, log)
try:
    [1 / (i - 2) for i in range(5)]
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    {x: x for x in [[1], [2]][0] + [[3]]}
except TypeError as e:
    print("TypeError", e)
result = []
try:
    result = [int(s) for s in ["1", "2", "three", "4"]]
except ValueError as e:
    print("ValueError", e, "result still", result)
print({x: i for i, x in enumerate("abcab")})
print({1: "a", 1.0: "b", True: "c"})
print([x for x in range(10) if x % 2 if x % 3])
