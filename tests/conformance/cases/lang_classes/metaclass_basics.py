# type(name, bases, dict) builds classes; simple metaclass with __new__ and __call__.
def hello(self):
    return f"hello from {type(self).__name__}"
Dyn = type("Dyn", (object,), {"greet": hello, "x": 5})
d = Dyn()
print(Dyn.__name__, d.greet(), d.x, type(Dyn).__name__, Dyn.__bases__)
Sub = type("Sub", (Dyn,), {})
print(Sub().greet(), [c.__name__ for c in Sub.__mro__])
print(type(5).__name__, type(type).__name__, type(object).__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__ creating", name, sorted(k for k in ns if not k.startswith("__")))
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__ for", cls.__name__, args)
        return super().__call__(*args)
class Model(metaclass=Meta):
    field = 1
    def __init__(self, v):
        print("Model.__init__", v)
        self.v = v
class User(Model):
    name = "u"
u = User(7)
print(u.v, User.created_by, type(User).__name__, isinstance(User, Meta))
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created once")
print(Config() is Config())
