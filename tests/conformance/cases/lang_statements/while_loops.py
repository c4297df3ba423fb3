# while loops: counting, infinite loop with break, loop-and-a-half, nested while.
i = 0
while i < 3:
    print("i =", i)
    i += 1
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print("count", count)
rows = 1
while rows <= 3:
    cols = 1
    line = ""
    while cols <= rows:
        line += str(cols)
        cols += 1
    print(line)
    rows += 1
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
