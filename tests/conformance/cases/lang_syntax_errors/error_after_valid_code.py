# A syntax error on a late line stops the whole program: nothing prints from the earlier lines.
print("this never prints")
for i in range(3):
    print(i)
x = [1, 2, 3]]
