# Class-body scoping quirk: a comprehension in a class body cannot see class variables (except the outermost iterable).
class Config:
    factor = 3
    values = [1, 2, 3]
    scaled_ok = [v * 2 for v in values]
    try:
        scaled_bad = [v * factor for v in values]
    except NameError as e:
        error = str(e)
    pairs = [(a, b) for a in values for b in range(2)]
    try:
        pairs_bad = [(a, b) for a in range(2) for b in values]
    except NameError as e:
        error2 = str(e)
    doubled = list(map(lambda v, f=factor: v * f, values))
print(Config.scaled_ok)
print("NameError:", Config.error)
print(Config.pairs)
print("NameError:", Config.error2)
print(Config.doubled)
print(hasattr(Config, "scaled_bad"), hasattr(Config, "v"))
factor = "module-level factor"
class Other:
    factor = 2
    result = [factor for _ in range(2)]
print(Other.result)
