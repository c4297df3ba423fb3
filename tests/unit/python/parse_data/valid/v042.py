match obj:
    case Point(x=0, y=0):
        pass
    case Point(1, 2):
        pass
    case Point(x, y=3):
        pass
    case mod.Cls():
        pass
    case a.b.C(d, e=f,):
        pass
    case Color.RED:
        pass
    case {"key": value, **rest}:
        pass
    case {1: x, "a": y}:
        pass
    case {}:
        pass
    case {**rest}:
        pass
    case {a.b: c}:
        pass
