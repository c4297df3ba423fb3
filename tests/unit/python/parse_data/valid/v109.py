def f(a: int, b: str = "x", *c: tuple, d: float = 1.0, **e: dict) -> "ret":
    pass
