result = calculate(a, b
print(result)
