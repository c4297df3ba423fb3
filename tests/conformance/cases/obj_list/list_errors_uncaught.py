# An IndexError that escapes: a loop that walks one past the end, traceback from inside a function.
def last_items(items, count):
    out = []
    for i in range(count):
        out.append(items[len(items) - count + i])
        print("took", out[-1])
    return out
print(last_items([1, 2, 3, 4], 2))
def walk(items):
    i = 0
    while True:
        print(i, items[i])
        i += 1
walk(["a", "b", "c"])
