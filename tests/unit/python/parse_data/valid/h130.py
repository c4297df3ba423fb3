[(yield x) for x in ()]
