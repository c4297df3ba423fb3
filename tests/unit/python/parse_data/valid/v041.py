match point:
    case (0, 0):
        pass
    case (0, y):
        pass
    case [x, 0]:
        pass
    case [x, *rest]:
        pass
    case (*_, last):
        pass
    case []:
        pass
    case ():
        pass
    case x, y, *z:
        pass
    case [x]:
        pass
    case (x):
        pass
    case x,:
        pass
