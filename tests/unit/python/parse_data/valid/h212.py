with context() as a:  # type: int
    pass
