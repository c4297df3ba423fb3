# Lists with builtins and operators: len, sum, min, max, in, +, +=, del, enumerate, list(), unpacking, bool.
nums = [4, 8, 15, 16, 23, 42]
print(len(nums), sum(nums), min(nums), max(nums), sum(nums) / len(nums), 15 in nums, 5 not in nums)
print(nums + [1], nums[:2] * 2, list("abc"), list(range(3)), list({1: 2}), list((1, 2)), list())
total = []
total += (1, 2)
total += {3: "x"}
print(total)
for i, n in enumerate(nums):
    if n % 2:
        print("odd at", i, n)
first, *middle, last = nums
print(first, middle, last)
head, second, *_ = nums
print(head, second, _)
del nums[1]
print(nums, bool([]), bool([0]), [] == [], [] is not None)
squares = [n * n for n in range(6)]
evens = [n for n in squares if n % 2 == 0]
print(squares, evens, squares[::-1], list(reversed(squares)), squares.index(16))
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] != [3, 2, 1], [1, 2, 3] is [1, 2, 3])
word_lens = [len(w) for w in "the quick brown fox".split()]
print(word_lens, max(word_lens), word_lens.count(5))
stack = []
for ch in "([]{})":
    if ch in "([{":
        stack.append(ch)
    else:
        print("pop", stack.pop(), "for", ch)
print("stack empty:", not stack)
queue = [1, 2, 3]
queue.insert(0, 0)
print(queue.pop(0), queue.pop(0), queue)
