# Default argument values: evaluated once at definition; the mutable default trap and fix.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)
def append_fixed(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_fixed(1), append_fixed(2))
counter = 10
def show(x=counter):
    return x
counter = 20
print(show(), show(5))
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"))
def calls_log(log=[]):
    log.append(len(log))
    return log
for _ in range(3):
    print(calls_log())
