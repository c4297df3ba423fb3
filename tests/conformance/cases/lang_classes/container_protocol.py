# Container dunders: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]
    def __setitem__(self, i, v):
        print("  setitem", i, v)
        self.items[i] = v
    def __delitem__(self, i):
        print("  delitem", i)
        del self.items[i]
    def __contains__(self, x):
        print("  contains", x)
        return x in self.items
    def __iter__(self):
        print("  iter")
        return iter(self.items)
    def __reversed__(self):
        return reversed(self.items)
b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], b[1:])
b[0] = 10
del b[1]
print(2 in b, 3 in b, list(b), list(reversed(b)))
for x in b:
    print("for", x)
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem(), 25 in OnlyGetitem())
a, b2, c = OnlyGetitem()
print(a, b2, c)
class Grid:
    def __getitem__(self, key):
        return f"key={key!r}"
g = Grid()
print(g[1, 2], g[1:2], g[::2, 3], g["name"], g[...])
try:
    len(Grid())
except TypeError as e:
    print("TypeError", e)
