# Set comprehensions, deduplication (first-seen object kept for equal ints/floats), sets of tuples, and frozenset reprs.
print({n % 7 for n in range(30)}, {n * n for n in range(-4, 5)}, {c for c in (1, 2, 3) if c > 5})
print({1, 1.0, True}, {1.0, 1, True}, {True, 1, 1.0}, {0, 0.0, False, -0.0}, {2, 2.0, 3.0, 3})
mixed = set()
for v in [2.0, 2, 1, 1.0, True, 0.5]:
    mixed.add(v)
print(mixed, [type(v).__name__ for v in sorted(mixed)])
pairs = {(x, y) for x in range(3) for y in range(3) if x != y}
print(pairs, len(pairs))
print(frozenset(), frozenset({3, 1}), {frozenset({1, 2}), frozenset({3})}, repr(set()), str(frozenset([7])))
print(sorted({frozenset({2, 1}), frozenset({1, 2}), frozenset()}, key=len))
words_lengths = {len(w) for w in "a bb cc ddd e fffff".split()}
print(words_lengths, max(words_lengths))
uniq = []
seen = set()
for x in [3, 1, 3, 2, 1, 5, 2]:
    if x not in seen:
        seen.add(x)
        uniq.append(x)
print(uniq, seen, list(dict.fromkeys([3, 1, 3, 2, 1, 5, 2])))
