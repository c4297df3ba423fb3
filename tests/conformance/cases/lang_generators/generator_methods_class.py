# Generators as methods: __iter__ implemented with yield, a tree traversal, and reuse.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b", Tree("b1", Tree("b1x"))))
print(list(t))
for depth, value in t.depth_first():
    print("  " * depth + value)
print(list(t.leaves()), len(list(t)), "b1x" in t)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), [a * b for a, b in zip(c, c)])
