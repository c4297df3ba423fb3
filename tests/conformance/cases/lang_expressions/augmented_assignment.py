# Augmented assignment: list += mutates in place (aliases see it), = + rebinds.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
s += "c"
print(s)
n = 10
n -= 3; print(n)
n *= 2; print(n)
n //= 3; print(n)
n **= 3; print(n)
n %= 7; print(n)
n <<= 4; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 5; print(n)
f = 7
f /= 2; print(f)
l = [1]
l *= 3; print(l)
l += "ab"; print(l)
try:
    l = l + "cd"
except TypeError as e:
    print("TypeError", e)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(tup)
d = {"k": 1}
d["k"] += 5
print(d)
class C:
    x = 1
c = C()
c.x += 1
print(C.x, c.x)
