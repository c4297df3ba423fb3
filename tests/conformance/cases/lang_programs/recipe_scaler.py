# Recipe scaler: fractions of ingredients with float formatting, unit conversion, and rounding issues.
recipe = {"flour (g)": 250, "sugar (g)": 100, "eggs": 2, "milk (ml)": 180, "salt (tsp)": 0.5}
def scale(recipe, servings_from, servings_to):
    factor = servings_to / servings_from
    return {k: v * factor for k, v in recipe.items()}
for servings in [2, 4, 6, 3]:
    scaled = scale(recipe, 4, servings)
    print(f"--- {servings} servings (x{servings / 4:g})")
    for name, amount in scaled.items():
        if name == "eggs":
            print(f"  {name:<12} {amount:g} -> round up to {-(-amount // 1):.0f}")
        else:
            print(f"  {name:<12} {amount:8.2f}  raw={amount!r}")
print(0.5 * 3 / 4, 180 * 0.75, 250 / 3, round(250 / 3, 1), int(250 / 3))
total_weight = sum(v for k, v in recipe.items() if "(g)" in k)
print("dry weight:", total_weight, "g =", total_weight / 1000, "kg")
print("cups of milk:", round(180 / 236.588, 3))
print([round(x, 2) for x in [2.675, 1.005, 0.125, 0.375]])
print(f"{2.675:.2f} {1.005:.2f} {0.125:.2f} {0.375:.2f}")
shopping = {k.split(" ")[0]: v for k, v in scale(recipe, 4, 10).items()}
print(shopping)
print(sum(shopping.values()), max(shopping, key=shopping.get), sorted(shopping.items(), key=lambda kv: kv[1])[:2])
