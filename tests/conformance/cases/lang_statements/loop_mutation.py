# Mutating a collection while iterating: list skips, dict/set raise RuntimeError; iterate over a copy instead.
nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print("buggy removal:", nums)
nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print("removal on a copy:", nums)
print("comprehension:", [n for n in [1, 2, 2, 3, 4, 4, 5] if n % 2])
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        if d[k] == 2:
            del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] == 2:
        del d[k]
print(d)
for k in d:
    d[k] *= 10
print("changing values is fine:", d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
grow = [1]
for x in grow:
    if len(grow) < 5:
        grow.append(x + 1)
print("list grown during loop:", grow)
for i in range(3):
    i = 10
    print("rebinding loop var has no effect on next iteration:", i)
