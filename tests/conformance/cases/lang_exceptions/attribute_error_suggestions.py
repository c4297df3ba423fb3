# Uncaught AttributeError for a misspelled method: "Did you mean: 'append'?".
items = [3, 1, 2]
items.sort()
print(items)
items.apend(4)
