# Uncaught KeyError from a missing key in nested data (traceback from a function, exit 1).
scores = {"kim": {"math": 90}, "lee": {"math": 75, "eng": 80}}
def report(name, subject):
    return f"{name}: {scores[name][subject]}"
print(report("lee", "eng"))
print(report("kim", "math"))
print(report("kim", "eng"))
