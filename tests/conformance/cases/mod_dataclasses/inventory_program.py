# A learner program: a dataclass inventory with sorting, totals, filtering and JSON-like dict export.
from dataclasses import dataclass, field, asdict
@dataclass(order=True)
class Product:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: int
    stock: int = 0
    def __post_init__(self):
        self.sort_index = self.price
    @property
    def value(self):
        return self.price * self.stock
inventory = [Product("키보드", 45000, 3), Product("마우스", 15000, 10), Product("모니터", 250000, 1), Product("케이블", 3000)]
for p in sorted(inventory):
    print(f"{p.name:<6} {p.price:>8,}원 x {p.stock:>2} = {p.value:>9,}원")
print("total:", sum(p.value for p in inventory))
print("out of stock:", [p.name for p in inventory if p.stock == 0])
print(max(inventory), min(inventory).name)
print([asdict(p) for p in inventory[:2]])
