# Uncaught ZeroDivisionError in a nested expression inside a function.
def mean(values):
    return sum(values) / len(values)
print(mean([1, 2, 3, 4]))
print(mean([]))
