# if/elif/else chains, nested ifs, and truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2 == 0:
            return "small even"
        else:
            return "small odd"
    else:
        return "large"
for n in [-3, 0, 4, 7, 10, 100]:
    print(n, classify(n))
for v in [[], [1], "", "x", None, 0.0]:
    if v:
        print(repr(v), "-> if")
    elif v is None:
        print(repr(v), "-> elif None")
    else:
        print(repr(v), "-> else")
if 1: print("one-line if")
x = 5
if x > 3: print("a"); print("b")
