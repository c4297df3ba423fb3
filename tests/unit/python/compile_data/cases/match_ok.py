match x:
    case [1, *rest] if rest:
        pass
    case {'k': v, **kw}:
        pass
    case C(1, b=2) | D():
        pass
    case -1 | 1+2j | 'a' | None:
        pass
    case _:
        pass
