if x:
    if y:
        pass
    else:
        pass
elif z:
    while w:
        for v in u:
            try:
                pass
            except E:
                pass
