if x:
    pass

    # comment at deeper indent

y = 1
