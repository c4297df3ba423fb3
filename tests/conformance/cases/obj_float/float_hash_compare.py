# Float hashing (equal numbers hash equal across int/float) and comparisons with ints, inf and nan.
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.0 ** 61, 1e100, float("inf"), float("-inf"), 3.14, 1e-300]:
    print(v, hash(v))
print(hash(1.0) == hash(1), hash(2.0 ** 70) == hash(2 ** 70), hash(0.5) == hash(0.5), hash(-0.0) == hash(0))
d = {1: "one", 2.0: "two"}
print(d[1.0], d[2], 1.0 in d, 2 in d)
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 < 0.30000000000000005, 1 / 3 == 0.3333333333333333)
print(2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63)
print(float(2 ** 63 + 1) == 2 ** 63, 9007199254740993 == 9007199254740992.0)
print(sorted([2.5, -1, 0.0, -0.0, 1, 1e-9, -1e9]), sorted([-0.0, 0.0, 0, -0.0]))
nums = [3.0, 3, 2.9999999999999996, 3.0000000000000004]
print([x == 3 for x in nums], len(set(nums)), set(nums))
print({1.0, 1, 2.0}, {0.0, -0.0}, {float("nan"), float("nan")} != set())
