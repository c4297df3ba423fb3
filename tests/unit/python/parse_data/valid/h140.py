def spam():
    (a := 5)
print(a)