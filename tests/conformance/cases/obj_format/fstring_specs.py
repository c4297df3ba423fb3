# f-strings: expressions, format specs, nested replacement fields, conversions, = debugging, and literal braces.
x, y = 7, 2.5
name = "파이썬"
items = [1, 2, 3]
print(f"{x} {y} {name} {items} {x + y} {x * 2=} {y=:.2f} {name=!r}")
print(f"{x:>5}|{x:<5}|{x:^5}|{x:05}|{x:+}|{x:#b}|{x:x}|{x * 1000:,}|{x / 3:.3f}|{y:e}")
width, prec = 10, 3
print(f"[{3.14159:{width}.{prec}f}] [{'ab':{'*'}^{width}}] [{x:{'0'}{width}}]")
print(f"{'quoted'!r} {'tab	'!r} {name!a} {len(name)} {name[1]} {name[::-1]}")
print(f"{{}} {{{x}}} {'{'}{'}'}")
print(f"{items[0]=} {items[-1] * 2 = } {x if x > 5 else 0}")
d = {"k": "v", "n": 5}
print(f"{d['k']} {d['n']:03d} {len(d)}")
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|")
for i in range(1, 4):
    print(f"{i:2d} {i ** 2:3d} {i ** 3:4d} {1 / i:8.4f} {i / 3:6.1%}")
print(f"{3.0:g} {3.10:g} {1e-7:g} {123456789:e} {0.5:.0%} {-0.0:z.1f}")
print(f"{True} {None} {b'ab'} {1 + 2j} {(1, 'a')} {x!s:>4}")
print(f"""multi
{x}
line""")
nested = f"{f'{x:>3}':*^9}"
print(nested, len(nested))
