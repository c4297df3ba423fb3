# Conditional expressions: nesting, laziness, use in calls and comprehensions.
for n in [-5, 0, 5]:
    print(n, "positive" if n > 0 else "zero" if n == 0 else "negative")
def boom():
    raise RuntimeError("should not be evaluated")
print("safe" if True else boom())
print([x if x % 2 else -x for x in range(6)])
print(max(1, 2) if 1 else min(1, 2))
a = 3
b = 10 if a > 2 else 20
print(b, (1 if a else 2) + 10, 1 if a else 2 + 10)
print(type(1 if False else "s").__name__)
