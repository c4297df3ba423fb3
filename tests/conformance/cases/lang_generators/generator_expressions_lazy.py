# Generator expressions are lazy: side effects show when elements are produced.
def noisy(x):
    print("  computing", x)
    return x * 10
gen = (noisy(x) for x in range(3))
print("generator created")
print("first:", next(gen))
print("rest:", list(gen))
print("again:", list(gen))
lst = [noisy(x) for x in range(2)]
print("list built", lst)
print(sum(x * x for x in range(10)))
print(any(noisy(x) > 10 for x in range(5)))
print(all(x < 3 for x in [1, 2, 5, noisy(0)]))
def source():
    print("  source evaluated")
    return range(2)
g = (y for y in source())
print("outermost iterable evaluated eagerly (above)")
print(list(g))
try:
    g2 = (y for y in 5)
except TypeError as e:
    print("TypeError at creation:", e)
g3 = (1 / x for x in [1, 0])
print(next(g3))
try:
    next(g3)
except ZeroDivisionError as e:
    print("ZeroDivisionError at iteration:", e)
print(type(x for x in "").__name__)
print(sorted((c for c in "generator"), reverse=True))
