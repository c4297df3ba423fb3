class C:
    global x
    x = 1
