# SyntaxError: f-string expression part cannot include a backslash (3.11).
names = ["a", "b"]
print(f"{'\n'.join(names)}")
