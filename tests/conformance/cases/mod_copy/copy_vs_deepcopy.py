# copy.copy vs copy.deepcopy on nested lists/dicts, shared references preserved by deepcopy, cycles, and immutables.
import copy
orig = {"nums": [1, 2, [3, 4]], "name": "x", "t": (1, [2])}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["nums"][2].append(5)
orig["t"][1].append(3)
orig["name"] = "changed"
print(orig)
print(shallow)
print(deep)
print(shallow["nums"] is orig["nums"], deep["nums"] is orig["nums"], deep["t"] is orig["t"])
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc, cc[1] is cc, cc is cyc)
t = (1, 2, "s")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]), copy.copy("str") == "str")
print(copy.copy([1, 2]) == [1, 2], copy.copy({3}), copy.deepcopy(frozenset({1})), copy.copy(5), copy.deepcopy(None))
grid = [[0] * 3 for _ in range(2)]
g2 = copy.copy(grid)
g3 = copy.deepcopy(grid)
grid[0][0] = 9
print(grid, g2, g3)
