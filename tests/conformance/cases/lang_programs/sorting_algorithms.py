# Sorting algorithms written by hand: bubble, selection, insertion, merge, quick; with comparison counts.
def bubble(a):
    a = a[:]
    comps = 0
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            comps += 1
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a, comps
def selection(a):
    a = a[:]
    for i in range(len(a)):
        m = min(range(i, len(a)), key=a.__getitem__)
        a[i], a[m] = a[m], a[i]
    return a
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key, j = a[i], i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
def quick(a):
    if len(a) <= 1:
        return a
    pivot, *rest = a
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])
data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
print("input    ", data)
print("bubble   ", bubble(data))
print("selection", selection(data))
print("insertion", insertion(data))
print("merge    ", merge_sort(data))
print("quick    ", quick(data))
print("builtin  ", sorted(data), sorted(data) == merge_sort(data) == quick(data))
print("sorted already:", bubble(list(range(8)))[1], "comparisons")
people = [("Kim", 30), ("Lee", 25), ("Park", 30), ("Choi", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(merge_sort(["pear", "Apple", "fig", "apple"]), data)
