# itertools.zip_longest (fillvalue), takewhile/dropwhile, starmap, pairwise, batched-like chunking with islice.
from itertools import zip_longest, takewhile, dropwhile, starmap, pairwise, islice
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()), list(zip_longest([], [])))
print(list(takewhile(lambda x: x < 5, [1, 3, 5, 2, 1])), list(dropwhile(lambda x: x < 5, [1, 3, 5, 2, 1])))
print(list(takewhile(str.isdigit, "123abc456")), "".join(dropwhile(str.isspace, "   text  ")), list(takewhile(bool, [])))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(starmap(lambda a, b: f"{a}={b}", {"x": 1, "y": 2}.items())))
print(list(pairwise([1, 4, 9, 16])), list(pairwise("ab")), list(pairwise("a")), [b - a for a, b in pairwise([3, 7, 8, 20])])
def chunks(iterable, n):
    it = iter(iterable)
    while chunk := list(islice(it, n)):
        yield chunk
print(list(chunks(range(10), 3)), list(chunks("abcd", 2)), list(chunks([], 4)))
rows = [["name", "kor", "eng"], ["kim", 90], ["lee", 80, 70, 60]]
for row in zip_longest(*rows, fillvalue=0):
    print(row)
