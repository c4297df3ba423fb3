print(x),
print(y)))
