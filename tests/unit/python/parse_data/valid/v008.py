v = f"{x:{'>' if right else '<'}10}" f"{d['key']!r:>{n}}" f"{ {1: 2}[1] }"
