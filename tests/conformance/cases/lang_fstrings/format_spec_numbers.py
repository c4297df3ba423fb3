# Format specs for numbers: width, fill, align, sign, grouping, precision, types.
n = 1234567.891
i = 42
print(f"[{i:5}] [{i:<5}] [{i:^5}] [{i:>5}] [{i:05}] [{i:*^9}]")
print(f"[{-i:05}] [{i:+}] [{-i:+}] [{i: }] [{-i: }] [{-i:=8}]")
print(f"{n:,} {n:_} {n:,.2f} {n:.3e} {n:.3E} {n:g} {n:.2%}")
print(f"{i:b} {i:o} {i:x} {i:X} {i:#b} {i:#o} {i:#x} {i:#X} {i:c}")
print(f"{255:08b} {255:#010x} {1000000:_x} {1234567:,d}")
print(f"{3.14159:.2f} {3.14159:8.3f}| {3.14159:<8.1f}| {2.5:.0f} {3.5:.0f}")
print(f"{0.000012345:g} {123456789.0:g} {1e100:g} {1.0:g} {0.5:%}")
print(f"{float('inf'):f} {float('nan'):>6} {-float('inf'):e}")
print(f"{12:n} {1.5:n} {10**20:e}")
print(f"{'text':10}|{'text':>10}|{'text':^10}|{'text':.2}|")
print(f"{1.0}", f"{1e20}", f"{1e16:f}", f"{0.1:.20f}")
try:
    print(f"{'abc':d}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{1.5:d}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{42:,s}")
except ValueError as e:
    print("ValueError", e)
