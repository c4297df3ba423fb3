(lambda: int)()
