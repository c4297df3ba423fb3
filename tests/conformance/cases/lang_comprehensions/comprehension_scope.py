# Comprehension variables do not leak; they see enclosing names; the outermost iterable is evaluated in the enclosing scope.
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
print({i for i in range(3)}, "i" in dir())
n = 10
print([n + k for k in range(3)])
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
funcs = [lambda k=k: k for k in range(3)]
print([f() for f in funcs])
def f():
    y = 5
    return [y * j for j in range(3)]
print(f())
data = [[1, 2], [3]]
print([v for data in data for v in data], data)
total = 0
for i in range(3):
    total += sum(j for j in range(i))
print(total)
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print("NameError", e)
