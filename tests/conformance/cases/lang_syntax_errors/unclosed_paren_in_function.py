# SyntaxError: an error deep inside a function after valid code.
def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values

print(average([1, 2, 3]))
