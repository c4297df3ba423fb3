# Single inheritance: overriding, super().__init__, isinstance/issubclass, type names.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}({self.name}): {self.speak()}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
class Cat(Animal):
    def speak(self):
        return f"{self.name} ignores you"
for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", 1), Cat("Tom")]:
    print(a.describe())
p = Puppy("Bit", 1)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat), isinstance(p, (Cat, Dog)))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(bool, int))
print(issubclass(Dog, (Cat, object)), isinstance(3, (str, float)))
print(Puppy.__bases__, Animal.__bases__, Puppy.__base__)
print(Puppy.__name__, Puppy.__qualname__, Puppy.__module__)
print(vars(p), p.__dict__ is vars(p))
print(type(p) is Puppy, type(p) == Dog, type(type(p)).__name__)
print(Dog.__subclasses__())
