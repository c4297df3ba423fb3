# Uncaught TypeError from adding int and str inside a function called from a loop.
def label(n):
    return "item " + n
for i in range(3):
    print(label(str(i)))
print(label(3))
