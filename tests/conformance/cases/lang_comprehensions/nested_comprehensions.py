# Nested comprehensions: multiple for clauses, matrix transpose, flattening, filters between loops.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[x * 10 for x in row if x % 2] for row in matrix])
print([(a, b) for a in range(3) for b in range(a)])
print([(a, b) for a in range(4) if a % 2 for b in "xy" if b != "y" or a > 2])
print({(r, c): matrix[r][c] for r in range(2) for c in range(2)})
print([[0] * 3 for _ in range(2)])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [grid[i][i] for i in range(3)])
print([y for x in [[1, [2]], [3]] for y in x])
pythagorean = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b)
               if a * a + b * b == c * c]
print(pythagorean)
print(sorted({c for w in ["ab", "bc", "cd"] for c in w}))
