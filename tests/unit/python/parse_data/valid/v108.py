s = f"" f'' rf"" fr''
t = f"plain"
