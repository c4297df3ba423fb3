# itertools objects are single-use iterators: exhaustion, type names, and mixing with builtins like sum/sorted/dict.
import itertools
perms = itertools.permutations(range(3))
print(type(perms).__name__, next(perms), len(list(perms)), list(perms))
g = itertools.groupby("aab")
print(type(g).__name__, [k for k, _ in g], list(g))
ch = itertools.chain("ab", "c")
print("a" in ch, list(ch))
acc = itertools.accumulate(range(1, 6))
print(sum(acc), sum(acc))
print(dict(itertools.zip_longest("abc", range(2))), sorted(itertools.chain([3, 1], [2])))
print(max(itertools.starmap(lambda a, b: a * b, [(2, 5), (3, 3)])), min(itertools.repeat(4, 3)))
print([type(f).__name__ for f in (itertools.count(), itertools.cycle(""), itertools.repeat(0), itertools.islice([], 1),
                                   itertools.product(), itertools.combinations("a", 1), itertools.pairwise([]), itertools.tee([])[0])])
