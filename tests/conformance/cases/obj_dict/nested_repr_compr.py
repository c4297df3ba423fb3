# Nested dict repr, dict comprehensions (incl. inverted and filtered), and iteration over a dict of lists.
students = {"Kim": {"math": 90, "eng": [85, 88]}, "Lee": {"math": 70, "eng": []}, "Park": {}}
print(students)
print({name: info.get("math", 0) for name, info in students.items()})
squares = {n: n ** 2 for n in range(-3, 4)}
print(squares)
inverted = {v: k for k, v in squares.items()}
print(inverted)
print({k: v for k, v in squares.items() if k > 0 and v % 2})
print({c: ord(c) for c in "파이썬"}, {i: chr(65 + i) for i in range(5)})
print({(i, j): i * j for i in range(3) for j in range(i)})
print(dict(sorted({"b": 2, "c": 1, "a": 3}.items(), key=lambda kv: kv[1])))
print({k: sorted(v) for k, v in {"x": [3, 1, 2], "y": [9, 8]}.items()})
print(str({1: {2: {3: {4: {}}}}}), repr({"q": "it's", 'r': "\n"}), {1: None, 2: True, 3: ...})
print(len(students), list(students.items())[0], max(squares, key=squares.get), min(squares.values()))
