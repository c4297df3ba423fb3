# Soft keywords (match, case, _) are still usable as ordinary identifiers.
match = [1, 2]
case = "case"
_ = "underscore"
type_ = type(match).__name__
print(match, case, _, type_)
match match:
    case [1, _]:
        print("matched a list starting with 1, _ is still", _)
def match(x):
    return x * 2
print(match(21))
case = {"case": 1}
print(case["case"])
