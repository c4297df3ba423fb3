name = "Ada"
a = f"hello {name}"
b = f'{name!r} {name!s} {name!a}'
c = f"{x:>10} {y:{width}.{prec}f} {z:}"
d = f"{x=}" f"{x = }" f"{x=!s}" f"{x=:>5}"
e = f"{{literal}} {x}}}" F"{'nested'}" rf"\d{x}" fR'{x}\n'
g = f"{a['k']} {b[0]:{c}} {(lambda q: q)(1)}"
