# for/while loops with else, break and continue; else runs only without break.
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print("for", i)
else:
    print("for-else (not printed)")
for i in range(3):
    print("for2", i)
else:
    print("for2-else runs, i =", i)
for i in []:
    print("never")
else:
    print("empty for-else runs")
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print("while", n)
else:
    print("while-else (not printed)")
print("n after", n)
k = 3
while k:
    k -= 1
else:
    print("while-else runs, k =", k)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
    else:
        print("inner completed for", i)
def find(items, target):
    for idx, v in enumerate(items):
        if v == target:
            print("found at", idx)
            break
    else:
        print("not found")
find("abc", "b")
find("abc", "z")
for x in range(3):
    pass
print("loop variable after loop:", x)
