# When no case matches nothing happens; subject evaluated once; captures may leak partially.
def subject():
    print("subject evaluated")
    return {"a": 1}
match subject():
    case {"b": _}:
        print("b")
    case [1]:
        print("list")
print("no case matched, continuing")
match 5:
    case 1:
        print("one")
print("after match without wildcard")
x = "before"
match [10, 20]:
    case [x, 99]:
        print("not matched")
    case _:
        pass
print("x after failed case:", x)
for value in range(4):
    match value:
        case 0:
            continue
        case 2:
            break
    print("value", value)
def in_func(v):
    match v:
        case 1:
            return "early"
    return "fell through"
print(in_func(1), in_func(2))
