# format specs for ints: width, fill, align (< > ^ =), sign, #, 0-padding, grouping, and types d b o x X c n.
n = 1234567
for spec in ["", "d", "10", "<10", ">10", "^10", "=10", "*^11", "+", " ", "-", "+10", "=+10", "010",
             "+010", ",", "_", "15,", "015,", "_b", "#_x", "x", "X", "#X", "#o", "b", "#b", "n", "e", "f", ".2f", "%", "g", "G"]:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
for v in [0, 65, 9731, 128512, 44032]:
    print(v, repr(format(v, "c")), repr(format(v, "^5c")))
print(repr(format(5, "0>4")), repr(format(-5, "0>4")), repr(format(-5, "04")), repr(format(-5, "0=4")), repr(format(-5, "0<4")))
print(repr(format(255, "#010x")), repr(format(255, "0=#10x")), repr(format(-255, "#010x")), repr(format(255, "x<#8")))
print(repr(format(10 ** 20, ",")), repr(format(-(10 ** 20), "_d")), repr(format(2 ** 40, "_o")))
print(repr(format(True, "d")), repr(format(True, "")), repr(format(True, "5")), repr(format(False, ">5")))
print(repr(format(0, "+")), repr(format(0, " ")), repr(format(-0, "+")))
