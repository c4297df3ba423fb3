# map (multiple iterables, laziness), filter (None and function), reversed (sequences, dicts, custom), and errors.
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3, 4], [5, 2])), list(map(len, ("ab", "", "xyz"))))
print(list(map(lambda x, y, z: x + y + z, "abc", "def", "ghi")), list(map(int, "123")), list(map(abs, [-1, 2, -3])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])), list(filter(lambda x: x % 3 == 0, range(10))))
print(list(filter(str.isdigit, "a1b2c3")), "".join(filter(str.isalpha, "h3ll0 w0rld!")))
calls = []
def noisy(x):
    calls.append(x)
    return x * 2
m = map(noisy, [1, 2, 3])
print(calls, type(m).__name__)
print(next(m), calls)
print(list(m), calls, list(m))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1}.items())), "".join(reversed("파이썬")))
for bad in [{1, 2}, 5, (x for x in "ab")]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return f"item{i}"
print(list(reversed(Countdown(3))), list(Countdown(2)), "item1" in Countdown(3))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
