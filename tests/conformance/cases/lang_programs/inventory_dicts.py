# Inventory management with nested dicts: restock, sell, low-stock report, value totals, JSON dump.
import json
inventory = {
    "apple": {"price": 1200, "qty": 30, "category": "fruit"},
    "banana": {"price": 800, "qty": 5, "category": "fruit"},
    "milk": {"price": 2500, "qty": 12, "category": "dairy"},
    "cheese": {"price": 7000, "qty": 2, "category": "dairy"},
}
def sell(item, qty):
    if item not in inventory:
        raise KeyError(item)
    stock = inventory[item]["qty"]
    if qty > stock:
        raise ValueError(f"only {stock} {item} left")
    inventory[item]["qty"] -= qty
    return qty * inventory[item]["price"]
def restock(item, qty, price=None, category="misc"):
    entry = inventory.setdefault(item, {"price": price or 0, "qty": 0, "category": category})
    entry["qty"] += qty
    if price is not None:
        entry["price"] = price
revenue = 0
for item, qty in [("apple", 10), ("banana", 5), ("cheese", 3), ("bread", 1), ("milk", 2)]:
    try:
        earned = sell(item, qty)
        revenue += earned
        print(f"sold {qty} {item}: {earned:,}원")
    except KeyError as e:
        print("unknown item", e)
    except ValueError as e:
        print("cannot sell:", e)
print(f"revenue: {revenue:,}원")
restock("bread", 10, 3000, "bakery")
restock("banana", 20)
low = sorted(name for name, info in inventory.items() if info["qty"] < 5)
print("low stock:", low)
by_cat = {}
for name, info in inventory.items():
    by_cat.setdefault(info["category"], []).append(name)
print(dict(sorted(by_cat.items())))
total = sum(i["price"] * i["qty"] for i in inventory.values())
print(f"stock value: {total:,}원")
print(json.dumps(inventory["bread"], sort_keys=True))
print(json.dumps({"items": sorted(inventory), "total": total}, indent=2))
print(max(inventory, key=lambda k: inventory[k]["price"]))
