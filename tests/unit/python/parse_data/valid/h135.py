items = [(lambda: i) for i in range(5)]
