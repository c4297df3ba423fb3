# Keyword-only (after *) and positional-only (before /) parameters and their errors.
def kwonly(a, *, key, flag=False):
    return (a, key, flag)
print(kwonly(1, key=2), kwonly(1, flag=True, key=3))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    kwonly(1)
except TypeError as e:
    print("TypeError", e)
def posonly(a, b, /, c, *, d):
    return (a, b, c, d)
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
try:
    posonly(a=1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError", e)
try:
    posonly(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError", e)
def po_with_kwargs(name, /, **kw):
    return name, kw
print(po_with_kwargs("pos", name="kw"))
def defaults_po(a, b=2, /, c=3):
    return a, b, c
print(defaults_po(1), defaults_po(1, 5), defaults_po(1, c=9))
print(divmod(7, 2))
try:
    divmod(a=7, b=2)
except TypeError as e:
    print("TypeError", e)
