# @dataclass: generated __init__/__repr__/__eq__, defaults, field(default_factory), positional/keyword args, errors.
from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
a = Item("pen", 1.5)
b = Item("pen", 1.5, 1, [])
c = Item(name="book", price=12.0, qty=2, tags=["paper"])
print(a, c)
print(a == b, a == c, a is b, a != c, a == ("pen", 1.5, 1, []))
a.tags.append("blue")
print(a.tags, b.tags, Item("x", 0).tags)
a.qty += 4
print(a, a.qty * a.price)
for call in [lambda: Item(), lambda: Item("x"), lambda: Item("x", 1, 2, [], 5), lambda: Item("x", 1, color="red")]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), Item.__name__, [f for f in Item.__dataclass_fields__])
print(list(Item.__annotations__.items()))
