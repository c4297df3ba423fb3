# Ordering comparisons between unrelated types raise TypeError with exact messages.
cases = [
    lambda: 1 < "a",
    lambda: "a" > 1,
    lambda: [1] < (1,),
    lambda: None < 0,
    lambda: {} <= {},
    lambda: 1.5 >= "x",
    lambda: [1, "a"] < [1, 2],
    lambda: sorted([3, "b", 1]),
    lambda: max(1, "a"),
    lambda: {1} < [1],
    lambda: object() < object(),
]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
print(1 == "a", [1] != (1,), None == 0, {} == [])
print([1, 2] < [1, 2, 3], (1, "a") < (1, "b"), "Z" < "a", "가" > "z")
print([1, 2] < [1, 3], (2,) > (1, 9, 9), "abc" < "abd", [] < [0])
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set())
