class A:
# c
x = 1
