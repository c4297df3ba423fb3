# The list multiplication aliasing trap ([[0]*3]*3), shared references, and how to build independent rows.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good, good[0] is good[1])
row = [0, 0]
rows = [row, row]
rows[1].append(5)
print(rows, row)
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
b.append(4)
print(a, b, c, d, a is b, a is c, a == c)
nested = [[1, 2], [3, 4]]
shallow = nested.copy()
shallow[0].append(99)
shallow[1] = "replaced"
print(nested, shallow)
m = [[]] * 2
m[0] += [1]
print(m)
n = [[]] * 2
n[0] = n[0] + [1]
print(n)
print([0] * 0, [1, 2] * -1, [None] * 3, [[1]] * 2, ["ab"] * 2)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add_item(1), add_item(2), add_item(3, []), add_item(4))
