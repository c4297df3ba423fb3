# Order of sets holding negative ints (hash(-1) == hash(-2)), mixed signs, and tuples of ints; symmetric results.
print({-1, -2}, {-2, -1}, {-1, -2, -3, -4, -5}, {-5, -4, -3, -2, -1})
print(set(range(-10, 0)), set(range(0, -10, -1)), set(range(-4, 5)))
print({-100, 100, -1000, 1000, -7, 7}, {-(2 ** 62), 2 ** 62, -1})
print({(0, 1), (1, 0), (1, 1), (0, 0)}, {(-1, -1), (1, 1), (-1, 1), (1, -1)})
print({(1, (2, 3)), (1, 2), ((1,),), ()}, {(i,) for i in range(6)})
a = {-3, -2, -1, 0, 1, 2, 3}
b = {x for x in a if x < 0}
print(a - b, a & {-1, 1}, a ^ {-10, 10}, b | {-100})
c = {-1}
c.add(-2)
c.discard(-1)
c.add(-1)
print(c)
