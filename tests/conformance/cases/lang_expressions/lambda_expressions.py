# Lambdas: defaults, varargs, closures, immediately invoked, in sort keys, __name__.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add.__name__)
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda: "no args")())
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x ** 2, range(5))))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
print((lambda x: (lambda y: x + y))(1)(2))
print(type(add).__name__, add.__defaults__)
try:
    add()
except TypeError as e:
    print("TypeError", e)
