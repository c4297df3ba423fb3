# Assignment forms: chained, tuple swap, nested targets, attribute/subscript targets, annotated.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(a, b), c = (1, 2), 3
print(a, b, c)
[p, q] = "pq"
print(p, q)
d = {}
d["k"], d["j"] = 10, 20
print(d)
class O: pass
o = O()
o.u, o.v = "u", "v"
print(o.u, o.v)
lst = [0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
count: int = 3
label: str
print(count, "label" in dir())
print(__annotations__)
n = m = 0
n += 1
print(n, m)
