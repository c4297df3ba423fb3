# Changing a dict while iterating: "dictionary changed size during iteration", keys changed, and safe patterns.
d = {i: i * 10 for i in range(5)}
try:
    for key in d:
        if key == 2:
            del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
try:
    for key in d:
        d[key + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
d = {1: "a", 2: "b"}
for key in d:
    d[key] = d[key].upper()
print(d)
d = {1: "a", 2: "b"}
try:
    for key in d:
        del d[key]
        d[key + 10] = "moved"
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {i: i for i in range(6)}
for key in list(d):
    if key % 2 == 0:
        del d[key]
print(d)
d = {i: i for i in range(6)}
d = {k: v for k, v in d.items() if v > 3}
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for x in d.values():
        d.pop(4)
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
