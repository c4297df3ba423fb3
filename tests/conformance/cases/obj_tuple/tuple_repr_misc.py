# Tuple reprs: nested, with strings and floats, tuple() of iterables, len/in/iteration, and tuple vs list conversion.
print((1,), ((1,),), ((),), (1, (2, (3, (4,)))), ("a", 'b"', "c'"), (0.1, -0.0, 1e20), (None, True, ...))
t = tuple(range(5))
print(t, len(t), 3 in t, 5 in t, sum(t), list(t), tuple(list(t)) == t, t[-1], t[1:-1])
print(tuple("파이썬"), tuple(b"ab"), tuple({2: 0, 1: 0}.items()))
for item in ("x", 1, [2]):
    print(type(item).__name__, item)
print(str((1, "a")), repr(("a",)), f"{(1, 2)}", "%s" % ((1, 2),), "{}".format((1,)))
nested = ([1, 2], {"a": (3,)})
print(nested, nested[1]["a"][0])
print(() == (), () == tuple(), (1, 2) * 0, tuple() + (), bool(()), bool((0,)))
print(sorted((3, 1, 2)), tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))), max((1, 5, 3)))
