# Nested lists, lexicographic comparison of lists, recursive list repr ([...]), and equality with self-reference.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix, matrix[1][2], [row[1] for row in matrix], [list(col) for col in zip(*matrix)])
print(sum(matrix, []), [x for row in matrix for x in row if x % 2])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, [2, 3]] < [1, [2, 4]], [1, 2] == [1, 2.0])
print(max([[1, 2], [1, 2, 0], [0, 9]]), min([[3], [1, 5], [1]]))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][0])
b = [a, [a]]
print(b)
d = {"self": None}
d["self"] = d
print(d)
l2 = []
l2.append([l2, {"k": l2}])
print(l2)
print(str(a), repr(a), f"{a}")
x = [1]
y = [x, x]
print(y, y[0] is y[1])
deep = [[[[[]]]]]
print(deep, len(deep), deep[0][0][0])
print([[]] == [[]], [[]] is [[]], [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], nan in [nan], [nan].count(nan), [nan].index(nan))
