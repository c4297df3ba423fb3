def grange(n):
    for x in {i for i in range(n)}:
        yield x
