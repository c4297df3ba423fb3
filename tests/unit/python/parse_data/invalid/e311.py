x = f"{'a\n'}"
