# Nested replacement fields inside format specs, and nested f-strings.
width, prec = 10, 3
value = 3.14159265
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:>{width}}]")
for w in range(3, 8, 2):
    print(f"|{'ab':{'*'}^{w}}|")
fill, align = "-", "<"
print(f"[{'x':{fill}{align}6}]")
names = ["a", "bb", "ccc"]
print(f"{', '.join(f'<{n}>' for n in names)}")
print(f"{f'{1 + 1}'}")
print(f"{'inner ' + f'{value:.1f}'}")
spec = ".2e"
print(f"{12345.678:{spec}}")
d = {"k": 5}
print(f"{d['k']:03}")
print(f"{'nested'!r:{width}}|")
