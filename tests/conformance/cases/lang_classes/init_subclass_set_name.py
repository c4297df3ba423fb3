# __init_subclass__ registers subclasses (with class keyword args); __set_name__ on descriptors.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        print("registering", key)
        Plugin.registry[key] = cls
class Alpha(Plugin):
    pass
class Beta(Plugin, name="b"):
    pass
class Gamma(Beta):
    pass
print(sorted(Plugin.registry), Plugin.registry["b"].__name__)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Field:
    def __set_name__(self, owner, name):
        print(f"__set_name__ {owner.__name__}.{name}")
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Person:
    first = Field()
    last = Field()
p = Person()
print(p.first)
p.first = "Ada"
print(p.first, p.last, vars(p), type(Person.first).__name__)
