def test_func():
    items = [(lambda: y) for i in range(5)]
    y = 2
    return [x() for x in items]
