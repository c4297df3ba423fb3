# Grouping and percent corners: ',' and '_' with floats/precision/zero-padding, '%' rounding, 'n', big widths, complex specs.
for v in [0, 999, 1000, -1234567, 10 ** 12, 1234.5, -0.5, 1e6, 123456.789]:
    print(repr(v), format(v, ","), format(v, "_"), format(v, ",.2f"), format(v, "020,.1f"), format(v, ">+15,"), format(v, "=+15_"))
for v in [0.0, 0.5, 0.125, 0.005, 0.0049, 1, 2.675, -0.333333, 1e-7, 12.3456]:
    print(repr(v), format(v, "%"), format(v, ".0%"), format(v, ".1%"), format(v, ">8.2%"), format(v, "+.3%"))
print(format(123456789, "n"), format(1234.5678, "n"), format(0.00001234, "n"), format(1e20, "n"), format(-5, "n"))
print(format(1234567.0, "g"), format(1234567.0, ",g"), format(0.1234567, ".3"), format(1234.5, ".3"), format(100.0, ".3"), format(1e16, ".3"))
print(format(12, "#x"), format(12, "#010x"), format(12, "#_b"), format(-12, "#o"), format(12, "+#X"))
print(format(3 - 4j, ""), format(3 - 4j, ".2f"), format(3 - 4j, ">20.1e"), format(1j, "g"), format(-0.0 + 0j, ""), format(complex(1e20, 1e-5), ".3g"))
print("[" + format(7, "100")[-5:] + "]", len(format(7, "100")), len(format("x", "^501")))
print(f"{12345.678:,.1f} {12345.678:_.3f} {-1234:08,} {1234:08_} {0.000123:,.2e} {1e21:,.0f}")
print("{:,}".format(2 ** 70), "{:_x}".format(2 ** 70), "{:>12,d}|{:<12_d}|".format(10 ** 9, 10 ** 9))
