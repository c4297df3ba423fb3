x = [*range(3), *"abc"]
y = (*a,)
z = {*a, *b}
print(*a, *b)
