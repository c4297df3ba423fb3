# list.sort and sorted(): key, reverse, stability of equal keys, mixed types error, and sort returns None.
people = [("Kim", 30), ("Lee", 25), ("Park", 30), ("Choi", 25), ("Jung", 35), ("Kang", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: -p[1]))
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, reverse=True))
by_name = sorted(people)
by_name.sort(key=lambda p: p[1])
print(by_name)
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
r = words.sort()
print(r, words)
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda n: n % 3))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted({5, 1, 3}), sorted([]), sorted([[2, 1], [1, 2], [1]]))
print(sorted([0.5, 1, True, 0, False, -0.0]), sorted([(1, "b"), (1, "a"), (0, "z")]))
data = [3, 1, 2]
data.sort(reverse=True)
print(data, sorted(data) is data)
