{x() for x in items} == set(range(5))
