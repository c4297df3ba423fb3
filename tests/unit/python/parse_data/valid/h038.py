{x for x in range(5)}
