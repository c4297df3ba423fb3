x = f"{x!r:>{width}}"
y = f"{'{'}{'}'}"
z = f"{x:%H:%M}"
w = f"{x:{y}{z}}"
