# itertools.product/permutations/combinations/combinations_with_replacement: output order, r arguments, repeat.
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", "x", repeat=2)), list(product()), list(product([], [1])))
print(list(permutations("abc")))
print(list(permutations([1, 2, 3, 4], 2)), list(permutations("ab", 3)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3))[:4], list(combinations("ab", 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)), len(list(combinations_with_replacement(range(5), 3))))
print(["".join(p) for p in permutations("aab", 2)], sorted(set(permutations("aab"))))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), len(list(product(range(3), repeat=4))))
for call in [lambda: permutations("ab", -1), lambda: combinations("ab", -1), lambda: product("ab", repeat=-1)]:
    try:
        print(list(call()))
    except ValueError as e:
        print(type(e).__name__, e)
coins = [500, 100, 50]
print([c for c in product(range(3), repeat=3) if sum(n * v for n, v in zip(c, coins)) == 700])
