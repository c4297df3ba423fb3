# Temperature conversion table with format specs: aligned columns, signs, rounding, Kelvin, classification.
def c_to_f(c):
    return c * 9 / 5 + 32
def f_to_c(f):
    return (f - 32) * 5 / 9
def describe(c):
    if c < 0:
        return "freezing"
    if c < 15:
        return "cold"
    if c < 25:
        return "mild"
    return "hot"
print(f"{'Celsius':>8} | {'Fahrenheit':>10} | {'Kelvin':>8} | {'Feels':<8}")
print(f"{'-' * 8}-+-{'-' * 10}-+-{'-' * 8}-+-{'-' * 8}")
for c in range(-20, 41, 10):
    print(f"{c:>+8d} | {c_to_f(c):>10.1f} | {c + 273.15:>8.2f} | {describe(c):<8}")
print()
for f in [-40, 0, 32, 98.6, 212]:
    print(f"{f:>6}°F = {f_to_c(f):>7.2f}°C")
print(c_to_f(37), f_to_c(100), round(f_to_c(100), 2), c_to_f(-40) == -40)
readings = [21.456, 19.9, 23.05, 18.0, 25.5]
avg = sum(readings) / len(readings)
print(f"average {avg:.3f} -> {avg:.1f}, max {max(readings):g}, min {min(readings):.0f}")
print(" ".join(f"{r:5.1f}" for r in readings))
print(f"{0.1 + 0.2} {0.1 + 0.2:.2f} {1 / 3:.5f} {2 / 3:e} {1234.5:,.1f}")
