# Order of int sets after growth (resizes), removals and re-insertion (dummy slots), and set.pop order.
s = set()
for x in [17, 1, 33, 9, 25, 49]:
    s.add(x)
    print(x, s)
for x in range(100, 140, 7):
    s.add(x)
print(s)
s.discard(33)
s.discard(1)
print(s)
s.add(1)
s.add(65)
print(s)
t = set(range(0, 64, 4))
print(t)
for x in list(t):
    if x % 8:
        t.remove(x)
print(t)
t.update({1, 3, 5})
print(t)
u = {5, 3, 9, 1, 100, 65}
popped = []
while u:
    popped.append(u.pop())
print(popped)
v = set(range(50))
for x in range(45):
    v.discard(x)
print(v)
v.add(3)
v.add(200)
print(v)
w = {x for x in range(32)}
w -= set(range(2, 32))
w |= {99, 40, 8}
print(w)
