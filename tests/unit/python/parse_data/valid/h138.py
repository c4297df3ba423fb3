def test_func():
    items = [(lambda i=i: i) for i in range(5)]
    return [x() for x in items]
