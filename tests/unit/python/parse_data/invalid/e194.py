if x = 1:
    print("one")
