# Uncaught NameError for a misspelled local name: CPython 3.11 adds "Did you mean: ...?".
def average(numbers):
    total = sum(numbers)
    count = len(numbers)
    return totl / count
print(average)  if False else None
print(average.__name__)
average([1, 2, 3])
