# Class attributes vs instance attributes: shadowing, shared mutable class attribute trap.
class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, trick):
        self.tricks.append(trick)
a, b = Dog("a"), Dog("b")
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks, Dog.tricks, a.tricks is Dog.tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "changed"
print(a.species, b.species)
del a.species
print(a.species)
print(sorted(vars(a)), "species" in vars(Dog), "name" in vars(Dog))
print(hasattr(a, "name"), hasattr(Dog, "name"), getattr(a, "missing", "default"))
setattr(b, "age", 3)
print(b.age, vars(b))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
objs = [Counter() for _ in range(3)]
print([o.id for o in objs], Counter.count)
class Bad:
    count = 0
    def __init__(self):
        self.count += 1
x, y = Bad(), Bad()
print(x.count, y.count, Bad.count)
