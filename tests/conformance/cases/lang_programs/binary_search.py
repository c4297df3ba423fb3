# Binary search: iterative and recursive versions, insertion point, step tracing, compared with bisect logic.
def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        print(f"  step {steps}: lo={lo} hi={hi} mid={mid} value={items[mid]}")
        if items[mid] == target:
            return mid, steps
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def recursive(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return recursive(items, target, mid + 1, hi)
    return recursive(items, target, lo, mid - 1)
def insertion_point(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = [2, 5, 8, 12, 16, 23, 38, 56, 72, 91]
for target in [23, 2, 91, 50]:
    print(f"search {target}:")
    print("  result:", binary_search(data, target))
print([recursive(data, t) for t in [2, 12, 91, 3]])
print([insertion_point(data, t) for t in [0, 2, 3, 100, 56]])
words = sorted(["pear", "apple", "fig", "kiwi", "banana"])
print(words, recursive(words, "kiwi"), recursive(words, "grape"))
big = list(range(0, 1_000_000, 3))
print(binary_search(big, 999_999)[1] <= 20)
