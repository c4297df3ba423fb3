# Matrix operations with nested lists: add, multiply, transpose, identity, determinant, pretty print.
def show(m, name):
    print(f"{name} =")
    for row in m:
        print("  [" + " ".join(f"{v:6.2f}" if isinstance(v, float) else f"{v:4d}" for v in row) + " ]")
def add(a, b):
    return [[x + y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]
def mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(col) for col in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
C = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
show(A, "A")
show(transpose(A), "A^T")
show(mul(A, B), "A @ B")
show(add(C, identity(3)), "C + I")
print("det(C) =", det(C), "det(I4) =", det(identity(4)))
show([[v / 3 for v in row] for row in C], "C / 3")
try:
    mul(A, A)
except ValueError as e:
    print("ValueError:", e)
print(mul(C, identity(3)) == C, transpose(transpose(A)) == A)
print(A, B)
