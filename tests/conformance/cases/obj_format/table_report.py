# A learner-style aligned table built with f-strings and str.format: widths, separators, totals, percentages.
rows = [("사과", 3, 1200), ("banana", 12, 350), ("체리", 100, 45.5), ("durian", 1, 15000)]
print(f"{'item':<10}{'qty':>5}{'price':>10}{'total':>12}")
print("-" * 37)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}{qty:>5}{price:>10,.2f}{total:>12,.1f}")
print("-" * 37)
print(f"{'TOTAL':<10}{'':>5}{'':>10}{grand:>12,.1f}")
for name, qty, price in rows:
    share = qty * price / grand
    bar = "#" * round(share * 20)
    print("{:<8} {:6.2%} {}".format(name, share, bar))
print("%-10s|%5s|%8s" % ("name", "n", "avg"))
for i, (name, qty, price) in enumerate(rows, 1):
    print("%-10s|%5d|%8.3f" % (name, qty, price / qty))
print("{:=^37}".format(" end "))
