# Closures over loop variables: all see the final value; fixes with defaults, factories, and functools.partial.
from functools import partial
callbacks = []
for name in ["a", "b", "c"]:
    callbacks.append(lambda: f"hello {name}")
print([cb() for cb in callbacks])
callbacks = []
for name in ["a", "b", "c"]:
    def cb(name=name):
        return f"hello {name}"
    callbacks.append(cb)
print([cb() for cb in callbacks])
def factory(name):
    return lambda: f"hello {name}"
print([factory(n)() for n in "xyz"])
print([partial(lambda n: f"hi {n}", n)() for n in "pq"])
i = 0
fs = []
while i < 3:
    fs.append(lambda: i)
    i += 1
print([f() for f in fs])
i = 100
print([f() for f in fs])
