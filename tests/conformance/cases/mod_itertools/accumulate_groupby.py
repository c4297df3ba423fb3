# itertools.accumulate (func, initial) and groupby (consecutive runs, key functions, the consumed-group trap).
from itertools import accumulate, groupby
import operator
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate([], initial=0)), list(accumulate("abc")))
print(list(accumulate([5, -2, 8, -10], lambda acc, x: max(0, acc + x))), list(accumulate([0.1] * 5)))
print([(k, list(g)) for k, g in groupby("aaabccddda")])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
groups = [(k, g) for k, g in groupby("aabbb")]
print([(k, list(g)) for k, g in groups])
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(odd, list(g)) for odd, g in groupby(nums, key=lambda n: n % 2 == 1)])
print(list(groupby([])), [k for k, _ in groupby([1, 1, 2, 1])])
encoded = "".join(f"{len(list(g))}{k}" for k, g in groupby("WWWWBBBWWWWWWB"))
print(encoded)
