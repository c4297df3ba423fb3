# *args and **kwargs collection, forwarding, and ordering of keyword arguments.
def f(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"
print(f(1, c=3))
print(f(1, 2, 3, 4, 5, c=6, z=7, y=8))
print(f(c=1, a=2))
def collect(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)
collect()
collect(1, "two", x=3, **{"y": 4}, z=5)
def forward(*args, **kwargs):
    return collect(*args, **kwargs)
forward(*range(3), **dict(k="v"))
def total(*numbers):
    return sum(numbers)
print(total(), total(1), total(1, 2, 3))
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
print(dict(a=1, **{"b": 2}))
