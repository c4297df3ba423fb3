u = f"{3.14:.2f} {1_000:,} {'x' if y else 'z'} {[i for i in range(3)]} {x,}"
