# Printing patterns: triangles, diamond, multiplication table, spiral matrix, Pascal's triangle.
n = 4
for i in range(1, n + 1):
    print("*" * i)
for i in range(n, 0, -1):
    print(" " * (n - i) + "*" * (2 * i - 1))
for i in list(range(1, n + 1)) + list(range(n - 1, 0, -1)):
    print(" " * (n - i) + "* " * i)
print("   " + "".join(f"{j:4}" for j in range(1, 10)))
for i in range(1, 10):
    print(f"{i:2} " + "".join(f"{i * j:4}" for j in range(1, 10)))
def spiral(size):
    m = [[0] * size for _ in range(size)]
    r, c, dr, dc = 0, 0, 0, 1
    for k in range(1, size * size + 1):
        m[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < size and 0 <= nc < size and m[nr][nc] == 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m
for row in spiral(5):
    print(" ".join(f"{v:2}" for v in row))
row = [1]
for _ in range(7):
    print(" ".join(map(str, row)).center(30))
    row = [a + b for a, b in zip([0] + row, row + [0])]
