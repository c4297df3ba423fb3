# itertools.count/cycle/repeat with islice and zip; their reprs (count/repeat show state) and step arguments.
from itertools import count, cycle, repeat, islice
c = count()
print(next(c), next(c), repr(c))
print(list(islice(count(10), 5)), list(islice(count(5, -2), 5)), list(islice(count(0.5, 0.25), 4)), list(islice(count(1, 0), 3)))
print(repr(count(5)), repr(count(0, 2)), repr(count(1.5)), repr(count(2, 0.5)))
cy = cycle("abc")
print([next(cy) for _ in range(7)], list(islice(cycle([1, 2]), 5)), list(islice(cycle([]), 3)))
print(list(repeat("x", 3)), list(repeat(7, 0)), list(repeat(None, -1)), repr(repeat(1, 3)), repr(repeat("a")))
r = repeat(5, 2)
print(next(r), repr(r), next(r), repr(r))
print(list(zip(count(1), "abc")), list(map(pow, range(5), repeat(2))))
print(list(zip(cycle(["on", "off"]), range(5))))
