# Uncaught ValueError from int() conversion in a list comprehension inside a function.
def parse_all(texts):
    return [int(t) for t in texts]
print(parse_all(["1", "2"]))
print(parse_all(["3", "four", "5"]))
