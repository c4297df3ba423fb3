match a, b:
    case 1, 2:
        pass
match *a, b:
    case _:
        pass
match (x := f()):
    case 1:
        pass
match -x:
    case -1:
        pass
