# sys.setrecursionlimit raises the limit for Python code: a recursion 30,000
# deep, and a depth-first search down a long snake of grid cells, run once the
# limit allows them; RecursionError still comes past the limit.
import sys

sys.setrecursionlimit(40000)
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(30000))

rows, cols = 120, 150
grid = [["#" if (r % 2 == 1 and (c != cols - 1 if r % 4 == 1 else c != 0)) else "."
         for c in range(cols)] for r in range(rows)]
seen = set()


def dfs(r, c):
    if not (0 <= r < rows and 0 <= c < cols) or grid[r][c] == "#" or (r, c) in seen:
        return 0
    seen.add((r, c))
    return 1 + max(dfs(r + 1, c), dfs(r, c + 1), dfs(r, c - 1), dfs(r - 1, c))


print(dfs(0, 0), len(seen))

try:
    depth(60000)
except RecursionError as e:
    print("RecursionError:", e)

for bad in [0, -5, 2**31, 2**70]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())
