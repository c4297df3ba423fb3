# Shopping cart with discounts: dict of items, coupon codes with match, tax rounding, receipt printing.
PRICES = {"notebook": 3500, "pen": 1200, "bag": 25000, "eraser": 500}
class Cart:
    def __init__(self):
        self.items = {}
        self.coupon = None
    def add(self, name, qty=1):
        if name not in PRICES:
            raise KeyError(f"no such product: {name}")
        self.items[name] = self.items.get(name, 0) + qty
    def remove(self, name, qty=1):
        left = self.items.get(name, 0) - qty
        if left <= 0:
            self.items.pop(name, None)
        else:
            self.items[name] = left
    def subtotal(self):
        return sum(PRICES[n] * q for n, q in self.items.items())
    def discount(self):
        sub = self.subtotal()
        match self.coupon:
            case None:
                return 0
            case "HALF":
                return sub // 2
            case str(code) if code.startswith("OFF") and code[3:].isdigit():
                return min(int(code[3:]), sub)
            case _:
                print(f"  coupon {self.coupon!r} is invalid")
                return 0
    def receipt(self):
        for name, qty in sorted(self.items.items()):
            print(f"{name:<10}{qty:>3} x {PRICES[name]:>6,} = {PRICES[name] * qty:>8,}")
        sub, disc = self.subtotal(), self.discount()
        tax = round((sub - disc) * 0.1)
        print(f"{'subtotal':<24}{sub:>8,}")
        print(f"{'discount':<24}{-disc:>8,}")
        print(f"{'tax 10%':<24}{tax:>8,}")
        print(f"{'TOTAL':<24}{sub - disc + tax:>8,}")
cart = Cart()
cart.add("notebook", 3)
cart.add("pen", 2)
cart.add("bag")
cart.add("pen")
try:
    cart.add("laptop")
except KeyError as e:
    print("KeyError:", e)
cart.remove("bag")
cart.remove("pen")
print(cart.items)
for coupon in [None, "HALF", "OFF3000", "FREE"]:
    cart.coupon = coupon
    print(f"--- coupon: {coupon}")
    cart.receipt()
