# Closures capture variables, not values: late binding in loops, and the default-arg fix.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = "first"
    def get():
        return x
    x = "second"
    return get
print(outer()())
print(type(c1.__closure__).__name__, len(c1.__closure__), c1.__closure__[0].cell_contents)
adders = {}
for name, n in [("add1", 1), ("add10", 10)]:
    def adder(x, n=n):
        return x + n
    adders[name] = adder
print(adders["add1"](5), adders["add10"](5))
