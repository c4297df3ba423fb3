a = 0  # type: int

