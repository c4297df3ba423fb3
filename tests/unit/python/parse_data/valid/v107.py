x = f"{  a  }"
y = f"{a   =   }"
z = f"{ a = !r:>10}"
