print("hello")
print
print(1, 2, sep=", ", end="")
exec("x = 1")
