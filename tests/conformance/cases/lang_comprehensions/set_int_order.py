# Set displays/comprehensions of small ints print in CPython's hash-table order (deterministic for ints).
print({3, 1, 2}, {10, 3, 100, 1}, {x * 7 % 11 for x in range(10)})
print({-1, -2, 0, 5, 1000, 33}, {8, 16, 32, 64, 128, 256})
s = {x for x in range(20, 0, -3)}
print(s, sorted(s), len(s))
s.add(99)
s.discard(20)
print(s)
print({1, 2, 3} | {40, 9}, {5, 6, 7} & {7, 5}, {1, 2, 3, 4} - {2})
print({True, 1, 0, False, 2}, {1.0, 2, 3.5})
big = {i * i for i in range(12)}
print(big)
print(set([33, 1, 65, 97, 129]), frozenset({4, 2, 8}))
print(list({7: "a", 3: "b", 5: "c"}), list({7, 3, 5}))
