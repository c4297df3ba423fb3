# list.sort's protocol: comparisons made on short lists, key calls, errors, modification during sort.
log = []
class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        log.append((s.v, o.v))
        return s.v < o.v
    def __repr__(s): return "C%d" % s.v
for data in [[3, 1, 2, 5, 4], [1, 2, 3, 4], [4, 3, 2, 1], [2, 2, 1, 1, 3, 3], list(range(20, 0, -3)) + list(range(10))]:
    for rev in (False, True):
        log.clear()
        r = sorted([C(v) for v in data], reverse=rev)
        print(r, len(log), log[:12])
l = [1, 2, 3]
def k(x):
    l.append(1)
    return x
try:
    l.sort(key=k)
except ValueError as e:
    print("ValueError", e, l)
l = [3, 2, 1]
def k2(x):
    if x == 1:
        raise KeyError(x)
    return x
try:
    l.sort(key=k2)
except KeyError as e:
    print("KeyError", e, l)
l = [3, 1, 2]
def k3(x):
    print("key", x, l)
    return -x
l.sort(key=k3)
print(l)
class Bad:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        if s.v == 2 or o.v == 2:
            raise RuntimeError("cannot compare 2")
        return s.v < o.v
    def __repr__(s): return "B%d" % s.v
b = [Bad(v) for v in [5, 3, 1, 2, 4]]
try:
    b.sort()
except RuntimeError as e:
    print("RuntimeError", e, sorted(x.v for x in b))
m = [5, 4, 3]
class Mut:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        m2.clear()
        return s.v < o.v
m2 = [Mut(3), Mut(1), Mut(2)]
m2.sort()
print([x.v for x in m2])
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
try:
    sorted([1, 2, 3], key=lambda x: "a" if x == 2 else x)
except TypeError as e:
    print(e)
print(sorted([[1], [0], [1, 0], []]), sorted([(1, "b"), (1, "a")], reverse=True))
stable = sorted([("a", 1), ("b", 1), ("c", 0), ("d", 1)], key=lambda p: p[1], reverse=True)
print(stable)
