# Functions returning functions and tuples; call chaining; functions stored in data structures.
def make_ops():
    def add(a, b): return a + b
    def sub(a, b): return a - b
    return {"+": add, "-": sub, "*": lambda a, b: a * b}
ops = make_ops()
for sym in sorted(ops):
    print(sym, ops[sym](7, 3), ops[sym].__name__)
def curry(a):
    return lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
dispatch = [str.upper, str.lower, str.title, str.swapcase]
print([fn("hello World") for fn in dispatch])
