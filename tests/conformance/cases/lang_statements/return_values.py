# return: implicit None, bare return, multiple values as tuple, early return.
def none_implicit():
    x = 1
def none_bare():
    return
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(none_implicit(), none_bare(), multi(), type(multi()).__name__)
a, b, c = multi()
print(a, b, c)
print(early(10), early(0))
def nested_return():
    def inner():
        return "inner"
    return inner() + "+outer"
print(nested_return())
def return_in_loop_with_else():
    for x in range(3):
        if x == 5:
            return "found"
    else:
        return "exhausted"
print(return_in_loop_with_else())
