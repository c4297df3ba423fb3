# SyntaxError: reusing the same quote inside an f-string expression (invalid before 3.12).
d = {"k": 1}
print(f"{d["k"]}")
