# Descriptors: data vs non-data descriptors, lookup precedence against the instance __dict__.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} on class {objtype.__name__}>"
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"
class Item:
    price = Typed(float)
    qty = Typed(int)
    label = NonData()
it = Item()
it.price = 9.5
it.qty = 3
print(it.price, it.qty, Item.price)
try:
    it.qty = "three"
except TypeError as e:
    print("TypeError", e)
print(it.label)
it.__dict__["label"] = "instance dict wins over non-data"
print(it.label)
it.__dict__["price"] = "ignored: data descriptor wins"
print(it.price)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        print("  computed", self.fn.__name__)
        return value
class Report:
    @Lazy
    def total(self):
        return sum(range(100))
r = Report()
print(r.total, r.total, r.total)
