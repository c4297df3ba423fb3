if x == 1:
    print("one")
elif x = 2:
    print("two")
