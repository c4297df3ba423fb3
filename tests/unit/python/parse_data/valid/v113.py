x = [
    a
    for a in b
    if c
]
