x: tuple[int, ...] = (1,)
y: Callable[[int], str]
