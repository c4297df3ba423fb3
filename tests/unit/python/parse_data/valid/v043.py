match x:
    case [1, 2] as pair if pair:
        pass
    case str() | bytes() as s:
        pass
    case _ if guard(x):
        pass
    case _:
        pass
