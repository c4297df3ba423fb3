with object() as obj:
    continue
