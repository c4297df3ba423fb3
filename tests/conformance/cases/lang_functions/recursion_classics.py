# Recursion: factorial, fibonacci, towers of Hanoi, permutations, flatten, power set.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(10)], fact(30))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(3, "A", "C", "B")
for m in moves:
    print("move disk %d from %s to %s" % m)
print(len(moves))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"))
def flatten(x):
    if not isinstance(x, list):
        return [x]
    return [y for item in x for y in flatten(item)]
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
def powerset(items):
    if not items:
        return [[]]
    rest = powerset(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(powerset([1, 2, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
