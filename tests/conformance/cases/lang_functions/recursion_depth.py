# Deep-but-legal recursion (depth 900) works; infinite recursion raises RecursionError.
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
print(sys.getrecursionlimit())
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
def sum_list(lst):
    return 0 if not lst else lst[0] + sum_list(lst[1:])
print(sum_list(list(range(500))))
def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(800), mutual_odd(801))
print(depth(50))
