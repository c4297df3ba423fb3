# try/finally and with inside generators: cleanup on exhaustion, on break (close), and on error.
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("  acquire", self.n)
        return self
    def __exit__(self, *a):
        print("  release", self.n)
def managed(n):
    with Res(n):
        for i in range(3):
            yield i
def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("  finally ran")
print(list(managed(1)))
g = managed(2)
for x in g:
    print("got", x)
    if x == 1:
        break
print("after break; closing explicitly")
g.close()
g = with_finally()
print(next(g))
g.close()
print("closed")
def raising():
    try:
        yield 1
        raise ValueError("inside generator")
    finally:
        print("  finally before propagation")
try:
    for v in raising():
        print("value", v)
except ValueError as e:
    print("caught", e)
for v in with_finally():
    pass
print("loop done")
