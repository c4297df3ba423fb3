# Shadowing builtins like list, str, sum by accident, and how to recover via del.
list = [1, 2, 3]
try:
    list("abc")
except TypeError as e:
    print("TypeError:", e)
del list
print(list("abc"))
def sum(*args):
    return "my sum"
print(sum([1, 2]))
del sum
print(sum([1, 2]))
str = "oops"
try:
    print(str(5))
except TypeError as e:
    print("TypeError:", e)
del str
print(str(5))
input_ = "safe name"
print(input_)
