# collections.deque: append/appendleft/pop/popleft/extend/extendleft, maxlen eviction, rotate, indexing, reprs, errors.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([10, 20])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d) * 5 + 1)
print(d, d.index(7), d.count(2), 8 in d, list(reversed(d)))
d.remove(20)
d.insert(1, "x")
print(d)
d.reverse()
print(d, d.copy() == d, deque() == deque([]), deque([1]) == [1])
d[0] = "first"
del d[1]
print(d)
ring = deque(maxlen=3)
for i in range(6):
    ring.append(i)
    print(i, ring)
ring.appendleft("L")
print(ring, ring.maxlen)
ring.extend("abcd")
print(ring)
print(deque("hello", 2), deque([], 0), deque(range(5), maxlen=10))
for call in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(9), lambda: deque([1])[5],
             lambda: deque(maxlen=-1), lambda: deque([1]).index(9)]:
    try:
        call()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
q = deque([1, 2, 3])
print(q + deque([4]), q * 2, deque([[1]]), repr(deque()))
