w = f"{a == b} {a != b} {a <= b} {a >= b} {a < b} {a > b} {not a}"
