# Assignment expressions (:=) in while loops, if statements, comprehensions and calls.
data = [3, 8, 1, 9, 4]
i = 0
while (item := data[i]) != 9:
    print("item", item)
    i += 1
print("stopped at", item, "index", i)
if (n := len(data)) > 3:
    print("long list of", n)
squares = [y for x in data if (y := x * x) > 10]
print(squares, "last y =", y)
print([last := v for v in range(4)], last)
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
print((z := 5) * 2, z)
print(max(a := 3, 2), a)
def f():
    if any((hit := v) > 5 for v in [1, 7, 3]):
        return hit
print(f())
chunks = iter(["ab", "cd", ""])
while chunk := next(chunks):
    print("chunk", chunk)
