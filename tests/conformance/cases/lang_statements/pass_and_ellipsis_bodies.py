# pass and ... as empty bodies for functions, classes, loops and branches.
def todo():
    pass
def todo2():
    ...
class Empty:
    pass
class Empty2: ...
for _ in range(3):
    pass
if True:
    pass
else:
    pass
print(todo(), todo2(), Empty.__name__, Empty2.__name__)
print(type(Empty()).__name__, Empty.__doc__)
def documented():
    """Only a docstring."""
print(documented(), documented.__doc__)
while False:
    pass
try:
    pass
except Exception:
    pass
print("done")
