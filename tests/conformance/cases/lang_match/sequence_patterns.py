# Sequence patterns: fixed length, star capture, nested, str/bytes/dict are not sequences.
def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} middle={middle}"
        case [0, *rest]:
            return f"starts with 0, rest={rest}"
        case [*_, "end"]:
            return "ends with 'end'"
        case (a, (b, c), d):
            return f"nested: {a} {b} {c} {d}"
        case _:
            return "other"
tests = [[], [1], (1, 2), [0, 1, 2], [1, 2, 3, 4, 5, 6], ["a", "b", "end"],
         [1, (2, 3), 4], [1, [2, 3], 4], "ab", "x", b"ab", {"a": 1}, range(2), (1, 2, 3)]
for t in tests:
    print(repr(t), "->", shape(t))
match [1, 2, 3]:
    case [*all_items]:
        print("star alone", all_items, type(all_items).__name__)
match (1, 2, 3):
    case [a, *b]:
        print("tuple star gives list:", a, b)
