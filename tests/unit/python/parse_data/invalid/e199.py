print(f"{x}}")
